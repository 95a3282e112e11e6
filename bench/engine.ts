import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../src/core/calendar/days';
import { createWorkingCalendar } from '../src/core/calendar/workingCalendar';
import { evaluateYear, type EngineEntry } from '../src/core/rules/evaluateYear';
import { resolveRule } from '../src/core/rules/resolveRule';
import { calendarYearSchema } from '../src/core/schemas/calendarYear';
import { ruleSetSchema } from '../src/core/schemas/ruleSet';
import { STATUSES } from '../src/core/vocabulary';
import { measure, type BenchResult } from './measure';

const CONTENT = join(import.meta.dirname, '..', 'content');
const readAll = (folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(CONTENT, folder, name), 'utf8')) as unknown);

/** A deterministic log: the same 10,000 entries every run (a small LCG, not Math.random). */
export function syntheticLog(count: number, seed = 20251231): EngineEntry[] {
  let state = seed;
  const next = (max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % max;
  };
  return Array.from({ length: count }, (_, index) => {
    const endDate = addDays('2024-10-01', next(540));
    const recording = next(3) === 0 ? 'platform' : 'declare';
    const status = recording === 'platform' ? 'notDeclared' : (STATUSES[next(STATUSES.length)] ?? 'notDeclared');
    return {
      id: `bench-${index}`,
      kind: next(3) === 0 ? 'public' : 'professional',
      startDate: addDays(endDate, -next(5)),
      endDate,
      hoursTenths: 5 + next(200),
      recording,
      status,
      ...(status === 'notDeclared' ? {} : { declaredOn: addDays(endDate, next(20)) }),
    };
  });
}

export function benchEngine(): BenchResult[] {
  const rules = readAll('rules').map((value) => ruleSetSchema.parse(value));
  const calendar = createWorkingCalendar(readAll('calendar').map((value) => calendarYearSchema.parse(value)));
  const rule = resolveRule(2025, rules);
  const log = syntheticLog(10_000);
  return [
    measure('engine: evaluateYear, 10,000 entries', () => evaluateYear(rule, log, { asOf: '2025-11-27', calendar }), { target: '≤ 10 ms' }),
    measure('engine: evaluateYear, 100 entries', () => evaluateYear(rule, log.slice(0, 100), { asOf: '2025-11-27', calendar })),
  ];
}
