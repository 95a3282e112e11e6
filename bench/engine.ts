import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkingCalendar } from '../src/core/calendar/workingCalendar';
import { evaluateYear } from '../src/core/rules/evaluateYear';
import { resolveRule } from '../src/core/rules/resolveRule';
import { calendarYearSchema } from '../src/core/schemas/calendarYear';
import { ruleSetSchema } from '../src/core/schemas/ruleSet';
import { measure, type BenchResult } from './measure';
import { syntheticEntries } from './syntheticEntries';

const CONTENT = join(import.meta.dirname, '..', 'content');
const readAll = (folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(CONTENT, folder, name), 'utf8')) as unknown);

export function benchEngine(): BenchResult[] {
  const rules = readAll('rules').map((value) => ruleSetSchema.parse(value));
  const calendar = createWorkingCalendar(readAll('calendar').map((value) => calendarYearSchema.parse(value)));
  const rule = resolveRule(2025, rules);
  const log = syntheticEntries(10_000, 2025);
  return [
    measure('engine: evaluateYear, 10,000 entries', () => evaluateYear(rule, log, { asOf: '2025-11-27', calendar }), { target: '≤ 10 ms' }),
    measure('engine: evaluateYear, 100 entries', () => evaluateYear(rule, log.slice(0, 100), { asOf: '2025-11-27', calendar })),
  ];
}
