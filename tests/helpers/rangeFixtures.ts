import { evaluateYear } from '../../src/core/rules/evaluateYear';
import { resolveRule } from '../../src/core/rules/resolveRule';
import type { Entry } from '../../src/core/schemas/entry';
import { buildRangeSummary } from '../../src/core/pdf/rangeSummaryModel';
import { CALENDAR, RULE_SETS } from './engine';
import { logged } from './yearScenarios';

export const RANGE_AS_OF = '2026-11-27';

/** `count` entries a year, each 2.5 学时, some platform-recorded 公需 and some approved 专业, titled with their year. */
export function rangeEntries(years: readonly number[], count: number): Entry[] {
  return years.flatMap((year) =>
    Array.from({ length: count }, (_, index) => {
      const professional = index % 3 !== 0;
      const date = `${year}-${String((index % 11) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
      return professional
        ? logged({ kind: 'professional', hoursTenths: 25, title: `${year}年专业课程第${index + 1}讲`, startDate: date, endDate: date, status: 'approved', declaredOn: date, employerApprovedOn: date, approvedOn: date, providerName: '河南省人民医院' })
        : logged({ kind: 'public', way: 'onlineStudy', recording: 'platform', hoursTenths: 25, title: `${year}年公需课程第${index + 1}讲`, startDate: date, endDate: date, providerName: '河南大学' });
    }),
  );
}

/** Each year's report from its own entries, as the app computes them from the year index. */
export function rangeYears(entries: readonly Entry[], years: readonly number[], asOf = RANGE_AS_OF) {
  return years.map((year) => {
    const own = entries.filter((entry) => entry.endDate.startsWith(`${year}-`));
    return { report: evaluateYear(resolveRule(year, RULE_SETS), own, { asOf, calendar: CALENDAR }), entries: own };
  });
}

export function rangeSummaryFor(entries: readonly Entry[], years: readonly number[], asOf = RANGE_AS_OF) {
  return buildRangeSummary({ years: rangeYears(entries, years, asOf), profile: { name: '王喆', employer: '郑州市第一人民医院' }, generatedOn: asOf });
}
