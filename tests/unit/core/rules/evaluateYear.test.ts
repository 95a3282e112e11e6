import { describe, expect, it } from 'vitest';
import { deadlineLines } from '../../../../src/core/rules/describe';
import { evaluateYear, type EngineEntry } from '../../../../src/core/rules/evaluateYear';
import { resolveRule, type ResolvedRule } from '../../../../src/core/rules/resolveRule';
import { approvedProfessional, CALENDAR, entry, RULE_2025, RULE_SETS } from '../../../helpers/engine';

const evaluate = (entries: EngineEntry[], asOf = '2025-11-27', rule: ResolvedRule = RULE_2025) =>
  evaluateYear(rule, entries, { asOf, calendar: CALENDAR });

const codes = (entries: EngineEntry[], asOf?: string, rule?: ResolvedRule) => evaluate(entries, asOf, rule).warnings.map((w) => w.code);

const withNotice = (rule: ResolvedRule, change: Partial<NonNullable<ResolvedRule['notice']>>): ResolvedRule => {
  if (rule.notice === null) throw new Error('rule has no notice');
  return { ...rule, notice: { ...rule.notice, ...change } };
};

describe('evaluateYear: hours and status', () => {
  it('29.9 公需 + 60.1 专业 is 90 in total but not met: 0.1 公需 is missing', () => {
    const report = evaluate([entry({ hoursTenths: 299 }), approvedProfessional(601)]);
    expect(report.status).not.toBe('met');
    expect(report.public).toMatchObject({ remainingTenths: 1, toStudyTenths: 1 });
    expect(report.professional.surplusTenths).toBe(1);
    expect(report.total).toMatchObject({ creditedTenths: 900, remainingTenths: 1, toStudyTenths: 1, surplusTenths: 1 });
  });

  it('counts only entries completed in the rule’s year', () => {
    const report = evaluate([
      entry({ hoursTenths: 300, startDate: '2024-05-01', endDate: '2024-05-01' }),
      entry({ hoursTenths: 300, startDate: '2026-01-05', endDate: '2026-01-05' }),
      entry({ hoursTenths: 100 }),
    ]);
    expect(report.public.creditedTenths).toBe(100);
    expect(report.countedEntries).toBe(1);
    expect(report.excludedEntries).toBe(2);
  });

  it('offline study stored as platform-recorded is never credited: it still has to be declared', () => {
    const offline = entry({ kind: 'public', way: 'inPerson', recording: 'platform', hoursTenths: 300 });
    const report = evaluate([offline, approvedProfessional(600)]);
    expect(report.public).toMatchObject({ creditedTenths: 0, notDeclaredTenths: 300 });
    expect(report.status).not.toBe('met');
  });

  it.each([
    ['2025-11-30', 'onTrack'],
    ['2025-12-02', 'atRisk'],
    ['2026-01-01', 'missed'],
  ])('an unmet year as of %s is %s', (asOf, status) => {
    expect(evaluate([entry({ hoursTenths: 300 })], asOf).status).toBe(status);
  });

  it('past the advised day, a year with hours still to declare is at risk; one only waiting for review is not', () => {
    const declared = entry({ kind: 'professional', status: 'declared', declaredOn: '2025-12-18', hoursTenths: 600 });
    expect(evaluate([entry({ hoursTenths: 300 }), declared], '2025-12-18').status).toBe('metPendingReview');
  });
});

describe('evaluateYear: deadline', () => {
  it('counts days and working days to 2025-12-31 over the same span, today included, and the advised day', () => {
    expect(evaluate([], '2025-11-27').deadline).toEqual({
      declareBy: '2025-12-31',
      daysLeft: 35,
      workingDaysLeft: 25,
      passed: false,
      employerReviewWorkingDays: 5,
      authorityReviewWorkingDays: 5,
      calendarEstimated: false,
      advisedDeclareBy: '2025-12-17',
      advisedReviewWorkingDays: 10,
      advisedDatePassed: false,
      advisedEstimated: false,
    });
  });

  it('a year without a holiday schedule has its advised day flagged, and the advice says so', () => {
    const report = evaluate([], '2027-11-01', resolveRule(2027, RULE_SETS));
    expect(report.deadline).toMatchObject({ declareBy: '2027-12-31', advisedDeclareBy: '2027-12-17', advisedEstimated: true, calendarEstimated: true });
    expect(deadlineLines(report).map((line) => line.text).join('\n')).toContain('最晚于2027年12月17日（节假日安排按推定）申报');
    expect(deadlineLines(evaluate([], '2025-11-27')).map((line) => line.text).join('\n')).not.toContain('按推定');
  });

  it('on the deadline itself there is 1 day and 1 working day left', () => {
    expect(evaluate([], '2025-12-31').deadline).toMatchObject({ daysLeft: 1, workingDaysLeft: 1, passed: false, advisedDatePassed: true });
  });

  it('after the deadline no day is left and the year is closed', () => {
    const report = evaluate([], '2026-01-10');
    expect(report.deadline).toMatchObject({ daysLeft: -9, workingDaysLeft: 0, passed: true });
    expect(report.closed).toBe(true);
  });

  it('a deadline on a Saturday: the advice leaves both reviews their working days before it', () => {
    expect(evaluate([], '2025-12-20', withNotice(RULE_2025, { declareBy: '2025-12-27' })).deadline).toMatchObject({
      daysLeft: 8,
      workingDaysLeft: 5,
      advisedDeclareBy: '2025-12-12',
    });
  });

  it('both review limits run from the declaration date (s5-4), not one after the other', () => {
    const waiting = entry({ kind: 'professional', status: 'employerApproved', declaredOn: '2025-09-22', employerApprovedOn: '2025-09-26', hoursTenths: 100 });
    const report = evaluate([waiting], '2025-09-30');
    // 09-22 (Mon) + 5 working days: 09-23…09-26, 09-28 (Sun, worked).
    expect(report.pendingReviews[0]).toEqual({
      entryId: waiting.id,
      kind: 'professional',
      stage: 'authority',
      declaredOn: '2025-09-22',
      employerDueBy: '2025-09-28',
      authorityDueBy: '2025-09-28',
      overdue: true,
      calendarEstimated: false,
    });
    expect(report.warnings).toContainEqual({ code: 'reviewOverdue', entryId: waiting.id, stage: 'authority', dueBy: '2025-09-28', calendarEstimated: false });
  });

  it('a declaration on 2026-12-30 has limits on 2027-01-07 (元旦 off by the 办法), flagged as estimated; one inside 2026 is not', () => {
    const rule2026 = resolveRule(2026, RULE_SETS);
    const late = entry({ kind: 'professional', status: 'declared', startDate: '2026-12-01', endDate: '2026-12-01', declaredOn: '2026-12-30', hoursTenths: 100 });
    const early = entry({ kind: 'professional', status: 'declared', startDate: '2026-12-01', endDate: '2026-12-01', declaredOn: '2026-12-01', hoursTenths: 100 });
    const report = evaluate([late, early], '2026-12-31', rule2026);
    expect(report.pendingReviews.map((review) => [review.declaredOn, review.employerDueBy, review.authorityDueBy, review.calendarEstimated])).toEqual([
      ['2026-12-01', '2026-12-08', '2026-12-08', false],
      ['2026-12-30', '2027-01-07', '2027-01-07', true],
    ]);
    expect(report.deadline?.calendarEstimated).toBe(true);
    expect(evaluate([early], '2026-12-02', rule2026).deadline?.calendarEstimated).toBe(false);
  });

  it('an employer review within its 5 working days is not overdue', () => {
    const waiting = entry({ kind: 'professional', status: 'declared', declaredOn: '2025-06-03', hoursTenths: 100 });
    expect(evaluate([waiting], '2025-06-10').pendingReviews[0]).toMatchObject({ stage: 'employer', employerDueBy: '2025-06-10', overdue: false });
    expect(evaluate([waiting], '2025-06-11').pendingReviews[0]?.overdue).toBe(true);
  });
});

describe('evaluateYear: years without a notice or a calendar', () => {
  it('a year with no notice uses the 2025 figures and says it is assumed', () => {
    const report = evaluate([entry({ startDate: '2026-03-01', endDate: '2026-03-01' })], '2026-11-28', resolveRule(2026, RULE_SETS));
    expect(report).toMatchObject({ basis: 'assumed', basisYear: 2025 });
    expect(report.warnings[0]).toEqual({ code: 'ruleAssumed', basisYear: 2025 });
    expect(report.deadline).toMatchObject({ declareBy: '2026-12-31', daysLeft: 34 });
  });

  it('a year before every notice is judged by the national rule only: 90 in total, 专业 60, no 公需 figure, no deadline', () => {
    const report = evaluate([entry({ startDate: '2024-03-01', endDate: '2024-03-01', hoursTenths: 300 })], '2026-11-28', resolveRule(2024, RULE_SETS));
    expect(report).toMatchObject({ basis: 'national', basisYear: null, deadline: null, closed: true, status: 'missed' });
    expect(report.public).toMatchObject({ requiredTenths: 0, creditedTenths: 300, surplusTenths: 300 });
    // The year is over: nothing is left to study for it; what it lacked is remainingTenths.
    expect(report.total).toMatchObject({ requiredTenths: 900, toStudyTenths: 0, remainingTenths: 600 });
    expect(report.warnings.map((w) => w.code)).not.toContain('surplusNotCarried');
  });

  it('2026’s reviews reach into 2027, whose holidays are unknown: flagged as an estimate', () => {
    const late = entry({ kind: 'professional', status: 'declared', declaredOn: '2026-12-30', startDate: '2026-12-01', endDate: '2026-12-01' });
    const report = evaluate([late], '2026-12-30', resolveRule(2026, RULE_SETS));
    expect(report.deadline?.calendarEstimated).toBe(true);
    expect(report.warnings.map((w) => w.code)).toContain('calendarEstimated');
  });

  it('a year with no calendar counts weekdays only and flags it', () => {
    const report = evaluate([], '2027-12-01', resolveRule(2027, RULE_SETS));
    expect(report.deadline).toMatchObject({ declareBy: '2027-12-31', calendarEstimated: true, workingDaysLeft: 23 });
    expect(report.warnings.map((w) => w.code)).toEqual(['ruleAssumed', 'calendarEstimated']);
  });
});

describe('evaluateYear: warnings on odd but valid entries', () => {
  it('more than 24 学时 a day is flagged, 24 a day is not', () => {
    const heavy = entry({ hoursTenths: 300 });
    const fine = entry({ hoursTenths: 480, startDate: '2025-04-01', endDate: '2025-04-02' });
    const report = evaluate([heavy, fine]);
    expect(report.warnings).toContainEqual({ code: 'implausibleHours', entryId: heavy.id, tenthsPerDay: 300 });
    expect(report.warnings.filter((w) => w.code === 'implausibleHours')).toHaveLength(1);
  });

  it('an entry across the new year counts in the year it ends, and says so in both years', () => {
    const across = entry({ startDate: '2025-12-20', endDate: '2026-01-05' });
    expect(evaluate([across]).warnings).toContainEqual({ code: 'crossesYear', entryId: across.id, countedIn: 2026 });
    expect(evaluate([across]).public.creditedTenths).toBe(0);
    expect(evaluate([across], '2026-02-01', resolveRule(2026, RULE_SETS)).public.creditedTenths).toBe(100);
  });

  it('credit for study that ends after today is flagged', () => {
    const future = entry({ startDate: '2025-12-10', endDate: '2025-12-10' });
    expect(codes([future], '2025-11-27')).toContain('creditBeforeCompletion');
    expect(codes([entry({ recording: 'declare', startDate: '2025-12-10', endDate: '2025-12-10' })], '2025-11-27')).not.toContain('creditBeforeCompletion');
  });

  it('hours to declare are flagged while the year is open, and not after its deadline, when they can no longer count', () => {
    const undeclared = entry({ kind: 'professional', hoursTenths: 100 });
    expect(codes([undeclared], '2025-12-31')).toContain('needsDeclaration');
    expect(codes([undeclared], '2026-01-01')).not.toContain('needsDeclaration');
  });

  it('never throws on a valid but odd log', () => {
    expect(() => evaluate([entry({ hoursTenths: 99_999, startDate: '2020-01-01', endDate: '2025-01-01' })], '2030-01-01')).not.toThrow();
  });

  it('refuses an asOf that is not a date (a programming error, not user input)', () => {
    expect(() => evaluate([], '27/11/2025')).toThrow(RangeError);
  });
});
