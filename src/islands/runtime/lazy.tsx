import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FailureMessage } from '../FailureMessage';
import { loadingText } from '../../i18n/loading';
import { chunkFailureMessage, isChunkLoadError, loadOnce } from './staleChunk';

/**
 * A component whose code is fetched the first time it renders, keeping it out
 * of the log's first load. A failed fetch (offline before the worker cached it)
 * says so and is retried on the next render; a stale tab (its chunks replaced
 * by an update another tab applied) is offered a reload.
 */
export function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>, what: string): FunctionComponent<P> {
  const loadComponent = loadOnce(load);
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<FunctionComponent<P> | null>(null);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      loadComponent().then(
        (component) => setComponent(() => component),
        (error: unknown) => setFailed(isChunkLoadError(error) ? chunkFailureMessage() : loadingText.loadFailed(what)),
      );
    }, []);
    if (failed) return <FailureMessage message={failed} />;
    if (!Component) return <p>{loadingText.loading(what)}</p>;
    return <Component {...props} />;
  };
}
