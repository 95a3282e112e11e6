import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps, FunctionComponent } from 'preact';
import type { EvidencePanel as Panel } from './EvidencePanel';

type Props = ComponentProps<typeof Panel>;

let loaded: Promise<FunctionComponent<Props>> | undefined;

/** The evidence panel is fetched the first time someone opens one, keeping it out of the log's first load. */
export function LazyEvidencePanel(props: Props) {
  const [Component, setComponent] = useState<FunctionComponent<Props> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loaded ??= import('./EvidencePanel').then((module) => module.EvidencePanel);
    loaded.then(
      (component) => setComponent(() => component),
      () => {
        loaded = undefined;
        setFailed(true);
      },
    );
  }, []);
  if (failed) return <p class="field__error" role="alert">凭证功能加载失败，请检查网络后重试。</p>;
  if (!Component) return <p>正在加载凭证…</p>;
  return <Component {...props} />;
}
