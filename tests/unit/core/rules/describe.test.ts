import { describe, expect, it } from 'vitest';
import { deadlineLines, describeWarning, ruleBasisText, YEAR_STATUS_LABELS, tallyBreakdown, tallyVerdict, yearHeadline } from '../../../../src/core/rules/describe';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import type { Warning } from '../../../../src/core/rules/report';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { CALENDAR, entry, RULE_2025, RULE_SETS } from '../../../helpers/engine';

const unmet = (asOf: string, entries = [entry({ hoursTenths: 180 })]) => evaluateYear(RULE_2025, entries, { asOf, calendar: CALENDAR });

describe('report in words', () => {
  it('summarises a year past the advised day: the status, the headline and the advice marked as the site’s', () => {
    const report = unmet('2025-12-18');
    expect(`${YEAR_STATUS_LABELS[report.status]}。${yearHeadline(report)}`).toBe('有风险。还需学习 72 学时（公需科目 12 学时、专业科目 60 学时）。');
    expect(tallyBreakdown(report.public)).toBe('已计入 18 学时 · 还需学习 12 学时');
    expect(tallyVerdict(report.public)).toBe('还需学习 12 学时');
    const lines = deadlineLines(report).map((line) => line.text);
    expect(lines[0]).toBe('2025年度的学习和学时申报最迟应于2025年12月31日完成：含今天还有 14 天，其中 10 个工作日。');
    expect(lines[1]).toMatch(/^本站建议：本站建议的最晚申报日（2025年12月17日）已过/);
  });

  it('before the advised day, the advice quotes the notice’s limits from the declaration date, both 不得超过 5 个工作日', () => {
    const [, advice] = deadlineLines(unmet('2025-11-27'));
    expect(advice?.text).toContain('本站建议：最晚于2025年12月17日申报');
    expect(advice?.text).toContain('自申报之日起，用人单位、行业主管部门审核时限均不得超过 5 个工作日');
    expect(advice?.cite).toEqual({ policyYear: 2025, id: 's5-4' });
  });

  it('no hurry for a year with nothing left to declare or study', () => {
    const waiting = evaluateYear(RULE_2025, [entry({ hoursTenths: 300 }), entry({ kind: 'professional', status: 'declared', declaredOn: '2025-12-20', hoursTenths: 600 })], {
      asOf: '2025-12-20',
      calendar: CALENDAR,
    });
    expect(deadlineLines(waiting)).toHaveLength(1);
    expect(deadlineLines(waiting).map((line) => line.text).join('')).not.toMatch(/尽快|建议/);
  });

  it('after the deadline says what the notice says of it (s5-4, s2-3), marks the site\'s reading, and never asks to hurry', () => {
    const lines = deadlineLines(unmet('2026-01-05'));
    expect(lines.map((line) => line.text)).toEqual([
      '2025年度的学习和学时申报最迟应于2025年12月31日完成，这一天已过。',
      '通知规定：未能按时完成继续教育任务和学时申报的，由此产生的后果由本人自行承担。',
      '当年度获得的学时不得结转或顺延到下一年度；截止后才完成或申报的学时，本站不计入2025年度（本站理解）。',
    ]);
    expect(lines.map((line) => line.cite)).toEqual([
      { policyYear: 2025, id: 's2-3' },
      { policyYear: 2025, id: 's5-4' },
      { policyYear: 2025, id: 's2-3' },
    ]);
  });

  it('labels an assumed year and a national-rule year in words', () => {
    const assumed = evaluateYear(resolveRule(2026, RULE_SETS), [], { asOf: '2026-11-28', calendar: CALENDAR });
    expect(ruleBasisText(assumed)).toBe('本站尚未收录2026年度的通知：按2025年通知推定，以当年通知为准。');
    expect(deadlineLines(assumed)[0]?.text).toContain('最迟应于2026年12月31日完成（按2025年通知推定）');
    const national = evaluateYear(resolveRule(2024, RULE_SETS), [], { asOf: '2026-11-28', calendar: CALENDAR });
    expect(ruleBasisText(national)).toContain('仅按国家规定（人社部令第25号第八条）');
    expect(ruleBasisText(national)).toContain('专业科目一般不少于总学时的三分之二');
    expect(deadlineLines(national)).toEqual([]);
  });

  it.each<[Warning, string]>([
    [{ code: 'ruleAssumed', basisYear: 2025 }, '按2025年通知推定，以当年通知为准'],
    [{ code: 'calendarEstimated' }, '按《全国年节及纪念日放假办法》规定的全体公民放假日和周末推定'],
    [{ code: 'reviewOverdue', entryId: 'x', stage: 'employer', dueBy: '2025-06-10', calendarEstimated: false }, '“课程X”的用人单位审核已超过时限（最迟应于2025年6月10日完成）'],
    [{ code: 'reviewOverdue', entryId: 'x', stage: 'employer', dueBy: '2027-01-07', calendarEstimated: true }, '“课程X”的用人单位审核已超过时限（最迟应于2027年1月7日（节假日安排按推定）完成）'],
    [{ code: 'declaredAfterDeadline', entryId: 'x', declaredOn: '2026-01-05', tenths: 80 }, '逾期申报，这 8 学时本站不计入该年度'],
    [{ code: 'needsDeclaration', entryIds: ['a', 'b'], tenths: 600 }, '有 2 条记录共 60 学时待申报'],
    [{ code: 'surplusNotCarried', kind: 'public', tenths: 600 }, '公需科目超出要求 60 学时，超出部分不结转'],
    [{ code: 'implausibleHours', entryId: 'x', tenthsPerDay: 300 }, '平均每天 30 学时'],
  ])('%j', (warning, text) => expect(describeWarning(warning, () => '课程X')).toContain(text));
});
