import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearOf } from '../../../../src/core/calendar/days';
import { evaluateYear, type EngineEntry } from '../../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { KINDS } from '../../../../src/core/vocabulary';
import { dayArb, entryArb, logArb } from '../../../helpers/arbitraries';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';

const yearArb = fc.constantFrom(2025, 2026);
const evaluate = (year: number, entries: readonly EngineEntry[], asOf: string) =>
  evaluateYear(resolveRule(year, RULE_SETS), entries, { asOf, calendar: CALENDAR });

describe('evaluateYear properties', () => {
  it('per kind, credited + pending + not declared + returned is exactly the hours completed that year; the total is the sum of the kinds', () => {
    fc.assert(
      fc.property(yearArb, logArb, dayArb, (year, entries, asOf) => {
        const report = evaluate(year, entries, asOf);
        for (const kind of KINDS) {
          const tally = report[kind];
          const logged = entries.filter((e) => e.kind === kind && yearOf(e.endDate) === year).reduce((sum, e) => sum + e.hoursTenths, 0);
          expect(tally.creditedTenths + tally.pendingTenths + tally.notDeclaredTenths + tally.returnedTenths + tally.lateTenths).toBe(logged);
        }
        for (const field of ['creditedTenths', 'pendingTenths', 'notDeclaredTenths', 'returnedTenths', 'lateTenths'] as const) {
          expect(report.total[field]).toBe(report.public[field] + report.professional[field]);
        }
        expect(report.countedEntries + report.excludedEntries).toBe(entries.length);
      }),
    );
  });

  it('what is left never hides a kind’s shortfall, and shrinks as more would count', () => {
    fc.assert(
      fc.property(yearArb, logArb, dayArb, (year, entries, asOf) => {
        const report = evaluate(year, entries, asOf);
        for (const tally of [report.public, report.professional, report.total]) {
          expect(tally.remainingTenths).toBeGreaterThanOrEqual(tally.remainingAfterPendingTenths);
          expect(tally.remainingAfterPendingTenths).toBeGreaterThanOrEqual(tally.toStudyTenths);
          expect(tally.toStudyTenths).toBeGreaterThanOrEqual(0);
          expect(tally.surplusTenths).toBeGreaterThanOrEqual(0);
        }
        expect(report.total.remainingTenths).toBeGreaterThanOrEqual(report.public.remainingTenths + report.professional.remainingTenths);
        expect(report.status === 'met').toBe(report.public.remainingTenths === 0 && report.professional.remainingTenths === 0 && report.total.remainingTenths === 0);
      }),
    );
  });

  it('adding an entry never lowers credited hours nor raises what is left', () => {
    fc.assert(
      fc.property(yearArb, logArb, entryArb, dayArb, (year, entries, extra, asOf) => {
        const before = evaluate(year, entries, asOf);
        const after = evaluate(year, [...entries, extra], asOf);
        for (const part of ['public', 'professional', 'total'] as const) {
          expect(after[part].creditedTenths).toBeGreaterThanOrEqual(before[part].creditedTenths);
          expect(after[part].remainingTenths).toBeLessThanOrEqual(before[part].remainingTenths);
        }
      }),
    );
  });

  it('reordering the entries never changes the report', () => {
    fc.assert(
      fc.property(yearArb, logArb.chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length }))), dayArb, (year, [entries, shuffled], asOf) => {
        expect(evaluate(year, shuffled, asOf)).toEqual(evaluate(year, entries, asOf));
      }),
    );
  });
});
