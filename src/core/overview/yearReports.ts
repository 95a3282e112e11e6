import type { WorkingCalendar } from '../calendar/workingCalendar';
import { evaluateYear } from '../rules/evaluateYear';
import type { YearReport } from '../rules/report';
import { resolveRule } from '../rules/resolveRule';
import type { Entry } from '../schemas/entry';
import type { RuleSet } from '../schemas/ruleSet';

export interface YearWithReport {
  report: YearReport;
  entries: Entry[];
}

/** Each year's report, computed once from that year's entries, in the order of `years`. */
export function yearReports(years: readonly number[], entries: ReadonlyMap<number, Entry[]>, ruleSets: readonly RuleSet[], today: string, calendar: WorkingCalendar): YearWithReport[] {
  return years.map((year) => {
    const own = entries.get(year) ?? [];
    return { report: evaluateYear(resolveRule(year, ruleSets), own, { asOf: today, calendar }), entries: own };
  });
}
