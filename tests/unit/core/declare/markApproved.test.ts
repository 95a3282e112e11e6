import { describe, expect, it } from 'vitest';
import { approvableOnPlatform, markApproved } from '../../../../src/core/declare/markApproved';
import { appFigures, reconcile } from '../../../../src/core/declare/reconcile';
import { FUTURE_DATE_MESSAGES } from '../../../../src/core/entries/acceptEntry';
import { logged } from '../../../helpers/yearScenarios';

const TODAY = '2025-11-28';
const pending = (declaredOn: string, hoursTenths: number, kind: 'public' | 'professional' = 'professional') =>
  logged({ kind, hoursTenths, startDate: '2025-10-01', endDate: '2025-10-01', status: 'declared', declaredOn });

describe('改为审核通过 with the date the platform shows', () => {
  const entry = pending('2025-11-03', 20);
  const byEmployer = logged({ kind: 'professional', hoursTenths: 20, status: 'employerApproved', declaredOn: '2025-11-03', employerApprovedOn: '2025-11-06' });
  it.each([
    ['today', entry, TODAY, { ok: true }],
    ['the day of declaration', entry, '2025-11-03', { ok: true }],
    ['the day before declaration', entry, '2025-11-02', { ok: false, problem: 'refused', message: '行业主管部门审核通过日期不能早于申报日期' }],
    ['after today', entry, '2025-11-29', { ok: false, problem: 'refused', message: FUTURE_DATE_MESSAGES.approvedOn }],
    ['before the employer approved', byEmployer, '2025-11-05', { ok: false, problem: 'refused', message: '行业主管部门审核通过日期不能早于用人单位审核通过日期' }],
    ['left empty', entry, '', { ok: false, problem: 'empty' }],
    ['not a date', entry, '2025-02-30', { ok: false, problem: 'invalid' }],
    ['an entry never declared', logged({ kind: 'professional', hoursTenths: 10 }), TODAY, { ok: false, problem: 'notPending' }],
  ] as const)('%s', (_name, input, date, expected) => {
    const before = structuredClone(input);
    expect(markApproved(input, date, TODAY)).toMatchObject(expected);
    expect(input).toEqual(before);
  });

  it('credits the entry, keeping its declaration and the employer’s approval', () => {
    const result = markApproved(byEmployer, '2025-11-20', TODAY);
    if (!result.ok) throw new Error(result.problem);
    expect(result.entry).toMatchObject({ status: 'approved', approvedOn: '2025-11-20', declaredOn: '2025-11-03', employerApprovedOn: '2025-11-06' });
    const figures = appFigures([result.entry], 2025, '2025-12-31');
    expect(figures.professional).toMatchObject({ approved: 20, pending: 0 });
  });
});

describe('which entries are offered 改为审核通过', () => {
  const publicPending = pending('2025-11-10', 30, 'public');
  const early = pending('2025-11-03', 20);
  const late = pending('2025-11-25', 40);
  const entries = [late, publicPending, early, logged({ kind: 'professional', hoursTenths: 10 })];
  const compare = (figures: { public: number | null; professional: number | null; total: number | null }) =>
    reconcile(figures, appFigures(entries, 2025, '2025-12-31'));

  it('offers the pending entries of the part where the platform shows more, in declaration order', () => {
    expect(approvableOnPlatform(entries, 2025, '2025-12-31', compare({ public: 0, professional: 2, total: null })).map((entry) => entry.declaredOn)).toEqual(['2025-11-03', '2025-11-25']);
  });

  it('offers both parts’ pending entries when only the 合计 shows more', () => {
    expect(approvableOnPlatform(entries, 2025, '2025-12-31', compare({ public: null, professional: null, total: 3 }))).toHaveLength(3);
  });

  it('offers nothing when the platform shows the same or less', () => {
    expect(approvableOnPlatform(entries, 2025, '2025-12-31', compare({ public: 0, professional: 0, total: 0 }))).toEqual([]);
  });

  it('leaves out entries of another year and those declared too late to count', () => {
    const lastYear = logged({ kind: 'professional', hoursTenths: 20, startDate: '2024-10-01', endDate: '2024-10-01', status: 'declared', declaredOn: '2024-11-01' });
    const afterDeadline = pending('2025-11-25', 40);
    const all = [early, lastYear, afterDeadline];
    const comparisons = reconcile({ public: null, professional: 9, total: null }, appFigures(all, 2025, '2025-11-20'));
    expect(approvableOnPlatform(all, 2025, '2025-11-20', comparisons)).toEqual([early]);
  });
});
