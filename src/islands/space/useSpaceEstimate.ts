import { useEffect, useState } from 'preact/hooks';
import type { SpaceEstimate } from '../../core/evidence/space';

/** What the browser says this site uses and may use, read again whenever `changed` does; null until it answers (or if it never does). */
export function useSpaceEstimate(changed: readonly unknown[]): SpaceEstimate | null {
  const [estimate, setEstimate] = useState<SpaceEstimate | null>(null);
  useEffect(() => {
    let current = true;
    void readSpaceEstimate().then((value) => current && setEstimate(value));
    return () => {
      current = false;
    };
  }, changed);
  return estimate;
}

export async function readSpaceEstimate(): Promise<SpaceEstimate | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
  } catch {
    return null;
  }
}
