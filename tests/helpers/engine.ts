import { createWorkingCalendar } from '../../src/core/calendar/workingCalendar';
import { resolveRule } from '../../src/core/rules/resolveRule';
import type { EngineEntry } from '../../src/core/rules/evaluateYear';
import { calendarYearSchema } from '../../src/core/schemas/calendarYear';
import { festivalDatesSchema } from '../../src/core/schemas/festivalDates';
import { ruleSetSchema } from '../../src/core/schemas/ruleSet';
import { filesIn, readJson } from './content';

/** The rule sets and holiday schedules the site ships, read through their schemas. */
export const RULE_SETS = filesIn('rules', '.json').map((path) => ruleSetSchema.parse(readJson(path)));
export const CALENDAR_YEARS = filesIn('calendar', '.json').map((path) => calendarYearSchema.parse(readJson(path)));
/** The sourced Gregorian dates of the lunar holidays and 清明 (content/festivals/). */
export const FESTIVAL_DATES = filesIn('festivals', '.json').map((path) => festivalDatesSchema.parse(readJson(path)))[0]?.years ?? [];
export const CALENDAR = createWorkingCalendar(CALENDAR_YEARS, FESTIVAL_DATES);
export const RULE_2025 = resolveRule(2025, RULE_SETS);

let counter = 0;

/** A valid entry of the 2025 log: 10 学时 of 公需科目 from the platform, unless overridden. */
export function entry(overrides: Partial<EngineEntry> = {}): EngineEntry {
  counter += 1;
  return {
    id: `e${String(counter).padStart(5, '0')}`,
    kind: 'public',
    way: overrides.kind === 'professional' ? 'training' : 'onlineStudy',
    startDate: '2025-03-01',
    endDate: '2025-03-01',
    hoursTenths: 100,
    recording: overrides.kind === 'professional' ? 'declare' : 'platform',
    status: 'notDeclared',
    ...overrides,
  };
}

/** A declared-and-approved professional entry. */
export function approvedProfessional(hoursTenths: number, overrides: Partial<EngineEntry> = {}): EngineEntry {
  return entry({ kind: 'professional', recording: 'declare', status: 'approved', declaredOn: '2025-05-10', hoursTenths, ...overrides });
}
