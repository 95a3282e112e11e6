import { useEffect, useState } from 'preact/hooks';
import { observe } from '../../db/live';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/** A query's current result, kept up to date as the data change (here or in another tab). */
export function useLive<T>(query: (() => Promise<T>) | undefined, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    if (!query) return undefined;
    return observe(
      query,
      (value) => setState({ status: 'ready', value }),
      (error) => setState({ status: 'error', error }),
    );
  }, deps);
  return state;
}

export function liveValue<T>(live: Live<T>, fallback: T): T {
  return live.status === 'ready' ? live.value : fallback;
}
