import type { UndoState } from './undoDeletion';

// Read on every render of the toast, so kept apart from the machine, which loads with the write side.

/** The record the toast offers to put back, or null; in the failed phase an export of it is offered as well. */
export function offeredItem<T>(state: UndoState<T>): T | null {
  return state.phase === 'offered' || state.phase === 'failed' || state.phase === 'restoring' ? state.item : null;
}

