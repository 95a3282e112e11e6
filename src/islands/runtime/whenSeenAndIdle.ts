/**
 * Runs `task` once, when `element` has been on screen and the browser is idle
 * (reason 'idle'), or at once when the person points at or focuses inside it
 * (reason 'interaction': a tap is coming, so only what the tap needs should start).
 * Keeps heavy preparation (the 2.7 MB PDF font) out of the page's first load,
 * which never shows the summary panel above the fold on a phone.
 * Returns a cancel function for the component's cleanup.
 */
export function whenSeenAndIdle(element: Element, task: (reason: 'idle' | 'interaction') => void): () => void {
  let done = false;
  let idleHandle: number | undefined;
  const run = (reason: 'idle' | 'interaction') => {
    if (done) return;
    done = true;
    cleanup();
    task(reason);
  };
  const idle = (callback: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 1000 }) : window.setTimeout(callback, 200);
  const cancelIdle = (handle: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle));
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((records) => {
          if (records.some((record) => record.isIntersecting) && idleHandle === undefined) idleHandle = idle(() => run('idle'));
        })
      : null;
  const soon = () => run('interaction');
  const cleanup = () => {
    observer?.disconnect();
    if (idleHandle !== undefined) cancelIdle(idleHandle);
    element.removeEventListener('pointerdown', soon);
    element.removeEventListener('pointerenter', soon);
    element.removeEventListener('focusin', soon);
  };
  if (observer) observer.observe(element);
  else idleHandle = idle(() => run('idle'));
  element.addEventListener('pointerdown', soon);
  element.addEventListener('pointerenter', soon);
  element.addEventListener('focusin', soon);
  return () => {
    done = true;
    cleanup();
  };
}
