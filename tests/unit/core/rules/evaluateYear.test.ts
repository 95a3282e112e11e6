import { describe, expect, it } from 'vitest';
import { evaluateYear, type EngineEntry } from '../../../../src/core/rules/evaluateYear';
import { resolveRule, type ResolvedRule } from '../../../../src/core/rules/resolveRule';
import { approvedProfessional, CALENDAR, entry, RULE_2025, RULE_SETS } from '../../../helpers/engine';

const evaluate = (entries: EngineEntry[], asOf = '2025-11-27', rule: ResolvedRule = RULE_2025) =>
  evaluateYear(rule, entries, { asOf, calendar: CALENDAR });

const codes = (entries: EngineEntry[], asOf?: string, rule?: ResolvedRule) => evaluate(entries, asOf, rule).warnings.map((w) => w.code);

describe('evaluateYear: hours and status', () => {
  it('exactly 30 公需 + 60 专业 meets the year with nothing left and no surplus', () => {
    const report = evaluate([entry({ hoursTenths: 300 }), approvedProfessional(600)]);
    expect(report.status).toBe('met');
    expect(report.reason).toEqual({ code: 'allCredited' });
    expect(report.public).toMatchObject({ requiredTenths: 300, creditedTenths: 300, remainingTenths: 0, surplusTenths: 0 });
    expect(report.professional).toMatchObject({ requiredTenths: 600, creditedTenths: 600, remainingTenths: 0 });
    expect(report.total).toMatchObject({ requiredTenths: 900, creditedTenths: 900, remainingTenths: 0, surplusTenths: 0 });
  });

  it('29.9 公需 + 60.1 专业 is 90 in total but not met: 0.1 公需 is missing', () => {
    const report = evaluate([entry({ hoursTenths: 299 }), approvedProfessional(601)]);
    expect(report.status).not.toBe('met');
    expect(report.public.remainingTenths).toBe(1);
    expect(report.professional.surplusTenths).toBe(1);
    expect(report.total).toMatchObject({ creditedTenths: 900, remainingTenths: 1, surplusTenths: 1 });
  });

  it('90 公需 and no 专业 is not met: surplus 公需 never stands in for 专业', () => {
    const report = evaluate([entry({ hoursTenths: 900 })]);
    expect(report.status).toBe('onTrack');
    expect(report.reason).toEqual({ code: 'timeLeft', calendarDaysLeft: 34, shortTenths: 600 });
    expect(report.professional.remainingTenths).toBe(600);
    expect(report.total).toMatchObject({ creditedTenths: 900, remainingTenths: 600, surplusTenths: 600 });
    expect(report.warnings).toContainEqual({ code: 'surplusNotCarried', kind: 'public', tenths: 600 });
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

  it('pending reviews alone complete the year only once they pass', () => {
    const report = evaluate([
      entry({ kind: 'public', recording: 'declare', status: 'declared', declaredOn: '2025-11-24', hoursTenths: 300 }),
      entry({ kind: 'professional', recording: 'declare', status: 'employerApproved', declaredOn: '2025-11-20', employerApprovedOn: '2025-11-24', hoursTenths: 600 }),
    ]);
    expect(report.status).toBe('metPendingReview');
    expect(report.reason).toEqual({ code: 'waitingForReview', pendingTenths: 900 });
    expect(report.total).toMatchObject({ creditedTenths: 0, pendingTenths: 900, remainingTenths: 900, remainingAfterPendingTenths: 0 });
  });

  it('returned entries count for nothing and are flagged', () => {
    const returned = entry({ kind: 'professional', recording: 'declare', status: 'returned', declaredOn: '2025-09-01', returnedOn: '2025-09-03', hoursTenths: 200 } as Partial<EngineEntry>);
    const report = evaluate([entry({ hoursTenths: 300 }), approvedProfessional(400), returned]);
    expect(report.professional).toMatchObject({ creditedTenths: 400, returnedTenths: 200, remainingTenths: 200, toStudyTenths: 200 });
    expect(report.warnings).toContainEqual({ code: 'returned', entryIds: [returned.id], tenths: 200 });
  });

  it('undeclared hours are reported as needing 申报', () => {
    const undeclared = entry({ kind: 'professional', recording: 'declare', hoursTenths: 600 });
    const report = evaluate([entry({ hoursTenths: 300 }), undeclared]);
    expect(report.professional).toMatchObject({ notDeclaredTenths: 600, remainingTenths: 600, remainingAfterPendingTenths: 600, toStudyTenths: 0 });
    expect(report.warnings).toContainEqual({ code: 'needsDeclaration', entryIds: [undeclared.id], tenths: 600 });
  });

  it('an empty log is on track early in the year', () => {
    const report = evaluate([], '2025-03-01');
    expect(report.status).toBe('onTrack');
    expect(report.reason).toEqual({ code: 'timeLeft', calendarDaysLeft: 305, shortTenths: 900 });
  });

  it.each([
    ['2025-11-30', 'onTrack', 'timeLeft'],
    ['2025-12-01', 'atRisk', 'deadlineNear'],
    ['2025-12-18', 'atRisk', 'pastSafeDate'],
    ['2026-01-01', 'missed', 'deadlinePassed'],
  ])('an unmet year as of %s is %s (%s)', (asOf, status, reason) => {
    const report = evaluate([entry({ hoursTenths: 300 })], asOf);
    expect(report.status).toBe(status);
    expect(report.reason.code).toBe(reason);
  });

  it('a met year stays met after the deadline', () => {
    expect(evaluate([entry({ hoursTenths: 300 }), approvedProfessional(600)], '2026-03-01').status).toBe('met');
  });
});

describe('evaluateYear: deadline', () => {
  it('counts calendar and working days to 2025-12-31 and finds the last safe day to declare', () => {
    expect(evaluate([], '2025-11-27').deadline).toEqual({
      declareBy: '2025-12-31',
      calendarDaysLeft: 34,
      workingDaysLeft: 25,
      reviewWorkingDays: 10,
      latestSafeDeclarationDate: '2025-12-17',
      passed: false,
      safeDatePassed: false,
      calendarEstimated: false,
    });
  });

  it('on the deadline itself there are 0 days and 1 working day left', () => {
    expect(evaluate([], '2025-12-31').deadline).toMatchObject({ calendarDaysLeft: 0, workingDaysLeft: 1, passed: false, safeDatePassed: true });
  });

  it('after the deadline the days left are negative and no working day is left', () => {
    expect(evaluate([], '2026-01-10').deadline).toMatchObject({ calendarDaysLeft: -10, workingDaysLeft: 0, passed: true });
  });

  it('a deadline on a Saturday: reviews must finish on the working days before it', () => {
    const saturday: ResolvedRule = { ...RULE_2025, declareBy: '2025-12-27' };
    expect(evaluate([], '2025-12-20', saturday).deadline).toMatchObject({
      calendarDaysLeft: 7,
      workingDaysLeft: 5,
      latestSafeDeclarationDate: '2025-12-12',
    });
  });

  it('a declaration on 2025-12-30 lets the reviews run into January, and says so', () => {
    const late = entry({ kind: 'professional', recording: 'declare', status: 'declared', declaredOn: '2025-12-30', endDate: '2025-12-29', startDate: '2025-12-29', hoursTenths: 80 });
    const report = evaluate([late], '2025-12-30');
    expect(report.pendingReviews).toEqual([
      { entryId: late.id, kind: 'professional', stage: 'employer', declaredOn: '2025-12-30', employerDueBy: '2026-01-07', reviewDueBy: '2026-01-14', overdue: false, endsAfterDeadline: true },
    ]);
    expect(report.warnings).toContainEqual({ code: 'reviewEndsAfterDeadline', entryId: late.id, dueBy: '2026-01-14' });
    expect(report.deadline.calendarEstimated).toBe(false);
  });

  it('an employer review past its 5 working days is overdue', () => {
    const waiting = entry({ kind: 'professional', recording: 'declare', status: 'declared', declaredOn: '2025-06-03', hoursTenths: 100 });
    const report = evaluate([waiting], '2025-06-20');
    expect(report.pendingReviews[0]).toMatchObject({ stage: 'employer', employerDueBy: '2025-06-10', overdue: true });
    expect(report.warnings).toContainEqual({ code: 'reviewOverdue', entryId: waiting.id, stage: 'employer', dueBy: '2025-06-10' });
  });

  it('after the employer approves, the authority has 5 working days from that approval', () => {
    const waiting = entry({ kind: 'professional', recording: 'declare', status: 'employerApproved', declaredOn: '2025-09-22', employerApprovedOn: '2025-09-26', hoursTenths: 100 });
    const report = evaluate([waiting], '2025-10-09');
    // 09-26 (Fri) + 5 working days: 09-28 (Sun, worked), 09-29, 09-30, then 10-01…08 off, 10-09, 10-10.
    expect(report.pendingReviews[0]).toMatchObject({ stage: 'authority', reviewDueBy: '2025-10-10', overdue: false });
  });

  it('a declaration after the deadline is flagged', () => {
    const late = entry({ kind: 'professional', recording: 'declare', status: 'declared', declaredOn: '2026-01-04', hoursTenths: 100 });
    expect(codes([late], '2026-01-05')).toContain('declaredAfterDeadline');
  });
});

describe('evaluateYear: years without a notice or a calendar', () => {
  it('a year with no notice uses the 2025 figures and says it is assumed', () => {
    const rule = resolveRule(2026, RULE_SETS);
    const report = evaluate([entry({ startDate: '2026-03-01', endDate: '2026-03-01' })], '2026-11-27', rule);
    expect(report.ruleAssumed).toBe(true);
    expect(report.basisYear).toBe(2025);
    expect(report.warnings[0]).toEqual({ code: 'ruleAssumed', basisYear: 2025 });
    expect(report.deadline).toMatchObject({ declareBy: '2026-12-31', calendarDaysLeft: 34 });
  });

  it('2026’s reviews reach into 2027, whose holidays are unknown: flagged as an estimate', () => {
    const rule = resolveRule(2026, RULE_SETS);
    const late = entry({ kind: 'professional', recording: 'declare', status: 'declared', declaredOn: '2026-12-30', startDate: '2026-12-01', endDate: '2026-12-01' });
    const report = evaluate([late], '2026-12-30', rule);
    expect(report.deadline.calendarEstimated).toBe(true);
    expect(report.warnings.map((w) => w.code)).toContain('calendarEstimated');
  });

  it('a year with no calendar counts weekdays only and flags it', () => {
    const rule = resolveRule(2027, RULE_SETS);
    const report = evaluate([], '2027-12-01', rule);
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
    const rule2026 = resolveRule(2026, RULE_SETS);
    expect(evaluate([across], '2026-02-01', rule2026).public.creditedTenths).toBe(100);
  });

  it('credit for study that ends after today is flagged', () => {
    const future = entry({ startDate: '2025-12-10', endDate: '2025-12-10' });
    expect(codes([future], '2025-11-27')).toContain('creditBeforeCompletion');
    expect(codes([entry({ recording: 'declare', startDate: '2025-12-10', endDate: '2025-12-10' })], '2025-11-27')).not.toContain('creditBeforeCompletion');
  });

  it('never throws on a valid but odd log', () => {
    expect(() => evaluate([entry({ hoursTenths: 99_999, startDate: '2020-01-01', endDate: '2025-01-01' })], '2030-01-01')).not.toThrow();
  });

  it('refuses an asOf that is not a date (a programming error, not user input)', () => {
    expect(() => evaluate([], '27/11/2025')).toThrow(RangeError);
  });
});
