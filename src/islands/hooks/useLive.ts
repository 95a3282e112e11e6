import { useEffect, useState } from 'preact/hooks';
import { observe } from '../../db/live';
import { nextTask } from '../runtime/nextTask';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * A query's current result, kept up to date as the data change (here or in
 * another tab). Each result is drawn in a task after the one that read it, so
 * reading and drawing are never one long task.
 */
export function useLive<T>(query: (() => Promise<T>) | undefined, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    if (!query) return undefined;
    let cancelPending = () => {};
    const later = (next: Live<T>) => {
      cancelPending();
      cancelPending = nextTask(() => setState(next));
    };
    const unsubscribe = observe(
      query,
      (value) => later({ status: 'ready', value }),
      (error) => later({ status: 'error', error }),
    );
    return () => {
      cancelPending();
      unsubscribe();
    };
  }, deps);
  return state;
}

export function liveValue<T>(live: Live<T>, fallback: T): T {
  return live.status === 'ready' ? live.value : fallback;
}
