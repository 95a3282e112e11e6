import { describe, expect, it } from 'vitest';
import { NO_UNDO, undoStep, type UndoEvent, type UndoState } from '../../../../src/core/entries/undoDeletion';
import { offeredItem } from '../../../../src/core/entries/undoOffer';

const a = { id: 'a' };
const b = { id: 'b' };
type S = UndoState<typeof a>;
type E = UndoEvent<typeof a>;

const none: S = NO_UNDO;
const offered: S = { phase: 'offered', item: a };
const restoring: S = { phase: 'restoring', item: a };
const restored: S = { phase: 'restored', item: a };
const failed: S = { phase: 'failed', item: a };
const dismissed: S = { phase: 'dismissed' };

const deletedB: E = { type: 'deleted', item: b };
const undo: E = { type: 'undo' };
const ok: E = { type: 'succeeded' };
const fail: E = { type: 'failed' };
const expired: E = { type: 'expired' };
const closed: E = { type: 'dismissed' };

describe('undoing a deletion', () => {
  it.each<[string, S, E, S]>([
    ['a deletion offers its undo', none, { type: 'deleted', item: a }, offered],
    ['a deletion after a dismissed one offers the new one', dismissed, deletedB, { phase: 'offered', item: b }],
    ['a deletion after a restored one offers the new one', restored, deletedB, { phase: 'offered', item: b }],
    ['a second deletion takes over an undo not yet tried', offered, deletedB, { phase: 'offered', item: b }],
    ['a deletion never pushes out a record whose restore failed', failed, deletedB, failed],
    ['a deletion never pushes out a restore under way', restoring, deletedB, restoring],
    ['undo starts the restore', offered, undo, restoring],
    ['undo after a failure tries again', failed, undo, restoring],
    ['undo while restoring does not start a second restore', restoring, undo, restoring],
    ['undo with nothing offered does nothing', none, undo, none],
    ['undo after a dismissal does nothing', dismissed, undo, dismissed],
    ['undo after a restore does nothing', restored, undo, restored],
    ['a restore that went through ends it', restoring, ok, restored],
    ['a restore that failed keeps the record offered', restoring, fail, failed],
    ['a stray failure report changes nothing', offered, fail, offered],
    ['a stray success report changes nothing', failed, ok, failed],
    ['the toast running out ends an untried undo', offered, expired, dismissed],
    ['the toast running out never ends a failed one', failed, expired, failed],
    ['running out mid-restore waits for the restore', restoring, expired, restoring],
    ['closing the toast lets the record go', offered, closed, dismissed],
    ['closing the toast after a failure lets the record go', failed, closed, dismissed],
    ['closing the toast mid-restore waits for the restore', restoring, closed, restoring],
  ])('%s', (_name, state, event, next) => {
    expect(undoStep(state, event)).toEqual(next);
  });

  it.each<[S, typeof a | null]>([
    [none, null],
    [offered, a],
    [restoring, a],
    [failed, a],
    [restored, null],
    [dismissed, null],
  ])('in %j the toast offers %j', (state, item) => {
    expect(offeredItem(state)).toEqual(item);
  });
});
