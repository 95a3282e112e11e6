import fc from 'fast-check';
import { addDays } from '../../src/core/calendar/days';
import type { EngineEntry } from '../../src/core/rules/evaluateYear';
import { STATUSES, WAYS_BY_KIND } from '../../src/core/vocabulary';

/** A day between 2024-07-01 and 2026-06-30, so logs straddle the 2025 year on both sides. */
export const dayArb = fc.integer({ min: 0, max: 729 }).map((offset) => addDays('2024-07-01', offset));

/** Any entry the schema would accept, as the engine sees it. */
export const entryArb: fc.Arbitrary<EngineEntry> = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom('public' as const, 'professional' as const),
    wayIndex: fc.nat(),
    start: dayArb,
    length: fc.integer({ min: 0, max: 40 }),
    hoursTenths: fc.integer({ min: 1, max: 2000 }),
    recording: fc.constantFrom('platform' as const, 'declare' as const),
    status: fc.constantFrom(...STATUSES),
    declaredAfter: fc.integer({ min: 0, max: 30 }),
    approvedAfter: fc.integer({ min: 0, max: 10 }),
  })
  // Platform recording with any way, online or not: the engine must credit only online study.
  .map(({ id, kind, wayIndex, start, length, hoursTenths, recording, status, declaredAfter, approvedAfter }) => {
    const ways = WAYS_BY_KIND[kind];
    const way = ways[wayIndex % ways.length] ?? ways[0];
    const endDate = addDays(start, length);
    const effectiveStatus = recording === 'platform' ? 'notDeclared' : status;
    const declaredOn = effectiveStatus === 'notDeclared' ? undefined : addDays(endDate, declaredAfter);
    const employerApprovedOn =
      effectiveStatus === 'employerApproved' && declaredOn !== undefined ? addDays(declaredOn, approvedAfter) : undefined;
    return {
      id,
      kind,
      way,
      startDate: start,
      endDate,
      hoursTenths,
      recording,
      status: effectiveStatus,
      ...(declaredOn === undefined ? {} : { declaredOn }),
      ...(employerApprovedOn === undefined ? {} : { employerApprovedOn }),
    };
  });

export const logArb = fc.array(entryArb, { maxLength: 60 });
