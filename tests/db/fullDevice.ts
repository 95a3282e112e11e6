import { IDBObjectStore } from 'fake-indexeddb';

/**
 * Makes every fake-indexeddb write that needs new space (put, add) throw
 * QuotaExceededError, as a browser does on a full device; deletes still go
 * through. Returns the names of the stores a write was refused in, and a
 * function that gives the space back.
 */
export function fillDevice(): { refusedIn: string[]; free(): void } {
  const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => unknown> & { name: string };
  const original = { put: proto.put, add: proto.add };
  const refusedIn: string[] = [];
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: { name: string }) {
      refusedIn.push(this.name);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
  return {
    refusedIn,
    free() {
      proto.put = original.put;
      proto.add = original.add;
    },
  };
}
