import { describe, expect, it } from 'vitest';
import { describeReason, describeWarning, progressLine, STATUS_LABELS } from '../../../../src/core/rules/describe';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import type { Warning } from '../../../../src/core/rules/report';
import { CALENDAR, entry, RULE_2025 } from '../../../helpers/engine';

describe('report in words', () => {
  it('summarises a year', () => {
    const report = evaluateYear(RULE_2025, [entry({ hoursTenths: 180 })], { asOf: '2025-12-18', calendar: CALENDAR });
    expect(`${STATUS_LABELS[report.status]}。${describeReason(report.reason)}`).toBe(
      '有风险。仍差 72 学时，且已过稳妥申报日（2025年12月17日），两级审核可能来不及在截止前完成，请尽快申报。',
    );
    expect(progressLine('公需科目', report.public.creditedTenths, report.public.requiredTenths)).toBe('公需科目 18 / 30 学时');
  });

  it.each([
    [{ code: 'waitingForReview', pendingTenths: 125 } as const, '还有 12.5 学时在审核中'],
    [{ code: 'deadlinePassed', shortTenths: 300 } as const, '申报截止日期已过，仍差 30 学时'],
    [{ code: 'deadlineNear', calendarDaysLeft: 9, shortTenths: 5 } as const, '距截止仅剩 9 天，仍差 0.5 学时'],
  ])('%j', (reason, text) => expect(describeReason(reason)).toContain(text));

  it.each<[Warning, string]>([
    [{ code: 'ruleAssumed', basisYear: 2025 }, '按2025年通知推定，以当年通知为准'],
    [{ code: 'calendarEstimated' }, '工作日暂按周一至周五估算'],
    [{ code: 'reviewOverdue', entryId: 'x', stage: 'employer', dueBy: '2025-06-10' }, '“课程X”的用人单位审核已超过时限（应于2025年6月10日前完成）'],
    [{ code: 'reviewEndsAfterDeadline', entryId: 'x', dueBy: '2026-01-14' }, '最晚可到2026年1月14日'],
    [{ code: 'needsDeclaration', entryIds: ['a', 'b'], tenths: 600 }, '有 2 条记录共 60 学时尚未申报'],
    [{ code: 'surplusNotCarried', kind: 'public', tenths: 600 }, '公需科目超出要求 60 学时，超出部分不结转'],
    [{ code: 'implausibleHours', entryId: 'x', tenthsPerDay: 300 }, '平均每天 30 学时'],
  ])('%j', (warning, text) => expect(describeWarning(warning, () => '课程X')).toContain(text));
});
