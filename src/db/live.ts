import { liveQuery } from 'dexie';

/**
 * Runs `query` now and again whenever the data it read changes (in this tab or
 * another), without exposing Dexie to the UI. Returns the unsubscribe function.
 */
export function observe<T>(query: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
