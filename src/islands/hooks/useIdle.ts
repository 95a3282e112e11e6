import { useEffect, useState } from 'preact/hooks';

/** False until the browser is first idle after mounting (or a second has passed): for work that must not delay the first answer. */
export function useIdle(timeout = 1000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!window.requestIdleCallback) {
      const timer = setTimeout(() => setIdle(true), 200);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout });
    return () => window.cancelIdleCallback(handle);
  }, [timeout]);
  return idle;
}
