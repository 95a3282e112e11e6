/**
 * The undo of a deletion as a small state machine. What was deleted is held
 * until it is put back or the person lets it go: a restore that fails (a full
 * device) offers the undo again, with an export of that one record, and never
 * times out on its own.
 */
export type UndoState<T> =
  | { phase: 'none' }
  | { phase: 'offered'; item: T }
  | { phase: 'restoring'; item: T }
  | { phase: 'restored'; item: T }
  | { phase: 'failed'; item: T }
  | { phase: 'dismissed' };

export type UndoEvent<T> =
  | { type: 'deleted'; item: T }
  | { type: 'undo' }
  | { type: 'succeeded' }
  | { type: 'failed' }
  /** The toast's time ran out. */
  | { type: 'expired' }
  /** The person closed the toast. */
  | { type: 'dismissed' };

export const NO_UNDO: UndoState<never> = { phase: 'none' };

export function undoStep<T>(state: UndoState<T>, event: UndoEvent<T>): UndoState<T> {
  switch (event.type) {
    case 'deleted':
      // A record whose restore failed, or is under way, is never pushed out by a later deletion (deleting is how space is freed).
      return state.phase === 'failed' || state.phase === 'restoring' ? state : { phase: 'offered', item: event.item };
    case 'undo':
      return state.phase === 'offered' || state.phase === 'failed' ? { phase: 'restoring', item: state.item } : state;
    case 'succeeded':
      return state.phase === 'restoring' ? { phase: 'restored', item: state.item } : state;
    case 'failed':
      return state.phase === 'restoring' ? { phase: 'failed', item: state.item } : state;
    case 'expired':
      return state.phase === 'offered' ? { phase: 'dismissed' } : state;
    case 'dismissed':
      return state.phase === 'offered' || state.phase === 'failed' ? { phase: 'dismissed' } : state;
  }
}
