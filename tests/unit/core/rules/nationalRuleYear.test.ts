import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../../src/core/pdf/summaryModel';
import { buildRangeSummary } from '../../../../src/core/pdf/rangeSummaryModel';
import { deadlineLines, NO_REQUIREMENT, tallyVerdict, yearHeadline } from '../../../../src/core/rules/describe';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';
import { logged } from '../../../helpers/yearScenarios';

// A year before every notice the site carries rests on the national rule alone (人社部令第25号 art. 8):
// 90 学时 a year, 专业科目 generally two thirds; it sets no 公需 figure, no deadline and says nothing of carry-over.
const approvedProfessional = (tenths: number, day: string) =>
  logged({ kind: 'professional', hoursTenths: tenths, startDate: day, endDate: day, status: 'approved', declaredOn: day, employerApprovedOn: day, approvedOn: day });
const report2024 = (entries: ReturnType<typeof logged>[]) => evaluateYear(resolveRule(2024, RULE_SETS), entries, { asOf: '2026-11-28', calendar: CALENDAR });

describe('a national-rule year', () => {
  it('has no 公需 figure: never "0", never 已达标 for 公需, and says the year\'s own notice decides', () => {
    const report = report2024([approvedProfessional(900, '2024-05-01')]);
    expect(report.public.requirementSet).toBe(false);
    expect(tallyVerdict(report.public)).toBe(`要求${NO_REQUIREMENT}`);
    expect(report.professional.requirementSet).toBe(true);
    expect(tallyVerdict(report.professional)).toBe('已达标');
  });

  it('prints the 公需 requirement as 以当年通知为准, and no shortfall against it or against the general ratio', () => {
    const report = report2024([approvedProfessional(900, '2024-05-01')]);
    const summary = buildSummary({ report, entries: [], profile: {}, generatedOn: '2026-11-28' });
    const [publicRow, professionalRow] = summary.requirementRows;
    expect(publicRow).toMatchObject({ required: NO_REQUIREMENT, shortfall: '—' });
    // 三分之二 is a general ratio, not a minimum of its own: nothing falls short of it.
    expect(professionalRow).toMatchObject({ required: '一般 60', shortfall: '—' });
  });

  it('says nothing of carry-over or of both kinds\' minimums (only a notice says that)', () => {
    const report = report2024([approvedProfessional(1200, '2024-05-01')]);
    expect(report.professional.surplusTenths).toBe(600);
    expect(report.warnings.map((warning) => warning.code)).not.toContain('surplusNotCarried');
    const noticeYear = evaluateYear(resolveRule(2025, RULE_SETS), [approvedProfessional(1200, '2025-05-01')], { asOf: '2025-11-27', calendar: CALENDAR });
    expect(noticeYear.warnings.map((warning) => warning.code)).toContain('surplusNotCarried');
  });

  it('once over and short, names no deadline and nothing "lost"', () => {
    const report = report2024([approvedProfessional(500, '2024-05-01'), logged({ kind: 'professional', hoursTenths: 100, startDate: '2024-07-01', endDate: '2024-07-01' })]);
    expect(report.status).toBe('missed');
    expect(yearHeadline(report)).toBe('未达标：2024年度已结束，已计入 50 学时，要求 90 学时，差 40 学时；另有 10 学时待申报。');
    expect(yearHeadline(report)).not.toMatch(/截止|已不能计入/);
    expect(deadlineLines(report)).toEqual([]);
  });

  it('shows 以当年通知为准 for 公需 in the multi-year summary too', () => {
    const entries = [approvedProfessional(900, '2024-05-01')];
    const model = buildRangeSummary({ years: [{ report: report2024(entries), entries }], profile: {}, generatedOn: '2026-11-28' });
    expect(model.overviewRows[0]?.public).toBe(`0/${NO_REQUIREMENT}`);
  });
});
