import { coversRange, type WorkingCalendar } from '../calendar/workingCalendar';
import type { Entry } from '../schemas/entry';
import { addDays, daysBetween, isRealIsoDate, yearOf } from '../calendar/days';
import type { Kind } from '../vocabulary';
import type { Deadline, PendingReview, StatusReason, Tally, Warning, WarningCode, YearReport, YearStatus } from './report';
import type { ResolvedRule } from './resolveRule';

/** The fields of an entry the engine reads. */
export type EngineEntry = Pick<
  Entry,
  'id' | 'kind' | 'startDate' | 'endDate' | 'hoursTenths' | 'recording' | 'status' | 'declaredOn' | 'employerApprovedOn'
>;

export interface EvaluateOptions {
  /** "Today", passed in: the engine never reads the clock. */
  asOf: string;
  calendar: WorkingCalendar;
}

/** Within this many calendar days of the deadline, an unmet year is at risk. */
export const AT_RISK_CALENDAR_DAYS = 30;
/** More than 24 学时 in one day cannot be real study; the entry is flagged, never refused. */
export const MAX_PLAUSIBLE_TENTHS_PER_DAY = 240;

type Bucket = 'credited' | 'pending' | 'notDeclared' | 'returned';

function bucketOf(entry: EngineEntry): Bucket {
  if (entry.recording === 'platform') return 'credited';
  switch (entry.status) {
    case 'approved':
      return 'credited';
    case 'declared':
    case 'employerApproved':
      return 'pending';
    case 'returned':
      return 'returned';
    case 'notDeclared':
      return 'notDeclared';
  }
}

interface Sums {
  credited: number;
  pending: number;
  notDeclared: number;
  returned: number;
}

const emptySums = (): Sums => ({ credited: 0, pending: 0, notDeclared: 0, returned: 0 });

function kindTally(required: number, sums: Sums): Tally {
  const remaining = Math.max(0, required - sums.credited);
  return {
    requiredTenths: required,
    creditedTenths: sums.credited,
    pendingTenths: sums.pending,
    notDeclaredTenths: sums.notDeclared,
    returnedTenths: sums.returned,
    remainingTenths: remaining,
    remainingAfterPendingTenths: Math.max(0, required - sums.credited - sums.pending),
    toStudyTenths: Math.max(0, required - sums.credited - sums.pending - sums.notDeclared),
    surplusTenths: Math.max(0, sums.credited - required),
  };
}

/** The total: its own minimum, but never less than what the kinds still lack, since one kind cannot stand in for the other. */
function totalTally(required: number, kinds: readonly Tally[]): Tally {
  const sum = (pick: (tally: Tally) => number) => kinds.reduce((total, tally) => total + pick(tally), 0);
  const credited = sum((tally) => tally.creditedTenths);
  const pending = sum((tally) => tally.pendingTenths);
  const notDeclared = sum((tally) => tally.notDeclaredTenths);
  const remaining = Math.max(required - credited, sum((tally) => tally.remainingTenths), 0);
  return {
    requiredTenths: required,
    creditedTenths: credited,
    pendingTenths: pending,
    notDeclaredTenths: notDeclared,
    returnedTenths: sum((tally) => tally.returnedTenths),
    remainingTenths: remaining,
    remainingAfterPendingTenths: Math.max(required - credited - pending, sum((tally) => tally.remainingAfterPendingTenths), 0),
    toStudyTenths: Math.max(required - credited - pending - notDeclared, sum((tally) => tally.toStudyTenths), 0),
    // Credited hours that help no minimum: what was credited beyond what it covered.
    surplusTenths: credited - (required - remaining),
  };
}

/** The last working day D ≤ declareBy with D + review days ≤ declareBy; null when the year has none. */
function latestSafeDeclarationDate(rule: ResolvedRule, calendar: WorkingCalendar, reviewDays: number): string | null {
  const firstDay = `${rule.year}-01-01`;
  for (let day = rule.declareBy; day >= firstDay; day = addDays(day, -1)) {
    if (calendar.isWorkingDay(day) && calendar.addWorkingDays(day, reviewDays) <= rule.declareBy) return day;
  }
  return null;
}

const WARNING_ORDER: readonly WarningCode[] = [
  'ruleAssumed',
  'calendarEstimated',
  'reviewOverdue',
  'declaredAfterDeadline',
  'reviewEndsAfterDeadline',
  'returned',
  'needsDeclaration',
  'creditBeforeCompletion',
  'implausibleHours',
  'crossesYear',
  'surplusNotCarried',
];

function warningKey(warning: Warning): string {
  const rank = String(WARNING_ORDER.indexOf(warning.code)).padStart(2, '0');
  const subject = 'entryId' in warning ? warning.entryId : 'kind' in warning ? warning.kind : '';
  return `${rank}\u0000${subject}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where a person stands for one year: what is credited, under review, still to
 * declare or to study, per kind and in total; whether the year is met; the
 * deadline in calendar and working days; and what they should act on. Pure:
 * the same inputs give the same report, whatever the order of `entries`.
 */
export function evaluateYear(rule: ResolvedRule, entries: readonly EngineEntry[], options: EvaluateOptions): YearReport {
  const { asOf, calendar } = options;
  if (!isRealIsoDate(asOf)) throw new RangeError(`asOf is not a YYYY-MM-DD date: ${asOf}`);
  const year = rule.year;
  const reviewDays = rule.employerReviewWorkingDays + rule.authorityReviewWorkingDays;
  const sums: Record<Kind, Sums> = { public: emptySums(), professional: emptySums() };
  const warnings: Warning[] = [];
  const pendingReviews: PendingReview[] = [];
  const undeclared: { ids: string[]; tenths: number } = { ids: [], tenths: 0 };
  const returned: { ids: string[]; tenths: number } = { ids: [], tenths: 0 };
  const dueDates = new Map<string, string>();
  const dueBy = (from: string, days: number) => {
    const key = `${from}+${days}`;
    let due = dueDates.get(key);
    if (due === undefined) {
      due = calendar.addWorkingDays(from, days);
      dueDates.set(key, due);
    }
    return due;
  };
  let counted = 0;
  let latestReviewDue = rule.declareBy;

  for (const entry of entries) {
    const startYear = yearOf(entry.startDate);
    const endYear = yearOf(entry.endDate);
    if (startYear !== endYear && startYear <= year && year <= endYear) {
      warnings.push({ code: 'crossesYear', entryId: entry.id, countedIn: endYear });
    }
    if (endYear !== year) continue;
    counted += 1;
    const bucket = bucketOf(entry);
    sums[entry.kind][bucket] += entry.hoursTenths;

    // Up to 24 学时 fits in any single day, so only longer claims need the day count.
    if (entry.hoursTenths > MAX_PLAUSIBLE_TENTHS_PER_DAY) {
      const days = Math.max(1, daysBetween(entry.startDate, entry.endDate) + 1);
      if (entry.hoursTenths > MAX_PLAUSIBLE_TENTHS_PER_DAY * days) {
        warnings.push({ code: 'implausibleHours', entryId: entry.id, tenthsPerDay: Math.round(entry.hoursTenths / days) });
      }
    }
    if ((bucket === 'credited' || bucket === 'pending') && entry.endDate > asOf) {
      warnings.push({ code: 'creditBeforeCompletion', entryId: entry.id });
    }
    if (bucket === 'notDeclared') {
      undeclared.ids.push(entry.id);
      undeclared.tenths += entry.hoursTenths;
    }
    if (bucket === 'returned') {
      returned.ids.push(entry.id);
      returned.tenths += entry.hoursTenths;
    }
    if (entry.declaredOn !== undefined && entry.declaredOn > rule.declareBy && entry.recording === 'declare') {
      warnings.push({ code: 'declaredAfterDeadline', entryId: entry.id, declaredOn: entry.declaredOn });
    }
    if (bucket === 'pending' && entry.declaredOn !== undefined) {
      const employerDueBy = dueBy(entry.declaredOn, rule.employerReviewWorkingDays);
      const stage = entry.status === 'employerApproved' ? 'authority' : 'employer';
      const reviewDueBy =
        stage === 'authority' && entry.employerApprovedOn !== undefined
          ? dueBy(entry.employerApprovedOn, rule.authorityReviewWorkingDays)
          : dueBy(entry.declaredOn, reviewDays);
      const stageDueBy = stage === 'employer' ? employerDueBy : reviewDueBy;
      const review: PendingReview = {
        entryId: entry.id,
        kind: entry.kind,
        stage,
        declaredOn: entry.declaredOn,
        employerDueBy,
        reviewDueBy,
        overdue: asOf > stageDueBy,
        endsAfterDeadline: reviewDueBy > rule.declareBy,
      };
      pendingReviews.push(review);
      if (reviewDueBy > latestReviewDue) latestReviewDue = reviewDueBy;
      if (review.overdue) warnings.push({ code: 'reviewOverdue', entryId: entry.id, stage, dueBy: stageDueBy });
      else if (review.endsAfterDeadline) warnings.push({ code: 'reviewEndsAfterDeadline', entryId: entry.id, dueBy: reviewDueBy });
    }
  }

  const publicTally = kindTally(rule.publicTenths, sums.public);
  const professionalTally = kindTally(rule.professionalTenths, sums.professional);
  const total = totalTally(rule.totalTenths, [publicTally, professionalTally]);

  const latestSafe = latestSafeDeclarationDate(rule, calendar, reviewDays);
  const firstCountedDay = asOf < `${year}-01-01` ? asOf : `${year}-01-01`;
  const deadline: Deadline = {
    declareBy: rule.declareBy,
    calendarDaysLeft: daysBetween(asOf, rule.declareBy),
    workingDaysLeft: asOf > rule.declareBy ? 0 : calendar.workingDaysBetween(asOf, rule.declareBy),
    reviewWorkingDays: reviewDays,
    latestSafeDeclarationDate: latestSafe,
    passed: asOf > rule.declareBy,
    safeDatePassed: latestSafe === null || asOf > latestSafe,
    calendarEstimated: !coversRange(calendar, firstCountedDay, latestReviewDue),
  };

  const { status, reason } = statusOf(total, deadline);

  if (rule.assumed) warnings.push({ code: 'ruleAssumed', basisYear: rule.basisYear });
  if (deadline.calendarEstimated) warnings.push({ code: 'calendarEstimated' });
  if (undeclared.ids.length > 0) {
    warnings.push({ code: 'needsDeclaration', entryIds: undeclared.ids.sort(compareStrings), tenths: undeclared.tenths });
  }
  if (returned.ids.length > 0) warnings.push({ code: 'returned', entryIds: returned.ids.sort(compareStrings), tenths: returned.tenths });
  for (const [kind, tally] of [
    ['public', publicTally],
    ['professional', professionalTally],
  ] as const) {
    if (tally.surplusTenths > 0) warnings.push({ code: 'surplusNotCarried', kind, tenths: tally.surplusTenths });
  }

  const sortedWarnings = warnings
    .map((warning) => ({ warning, key: warningKey(warning) }))
    .sort((a, b) => compareStrings(a.key, b.key))
    .map(({ warning }) => warning);
  pendingReviews.sort((a, b) => compareStrings(a.reviewDueBy, b.reviewDueBy) || compareStrings(a.entryId, b.entryId));

  return {
    year,
    asOf,
    ruleAssumed: rule.assumed,
    basisYear: rule.basisYear,
    public: publicTally,
    professional: professionalTally,
    total,
    status,
    reason,
    deadline,
    pendingReviews,
    warnings: sortedWarnings,
    countedEntries: counted,
    excludedEntries: entries.length - counted,
  };
}

function statusOf(total: Tally, deadline: Deadline): { status: YearStatus; reason: StatusReason } {
  if (total.remainingTenths === 0) return { status: 'met', reason: { code: 'allCredited' } };
  if (total.remainingAfterPendingTenths === 0) {
    return { status: 'metPendingReview', reason: { code: 'waitingForReview', pendingTenths: total.pendingTenths } };
  }
  const shortTenths = total.remainingAfterPendingTenths;
  if (deadline.passed) return { status: 'missed', reason: { code: 'deadlinePassed', shortTenths } };
  if (deadline.safeDatePassed && deadline.latestSafeDeclarationDate !== null) {
    return {
      status: 'atRisk',
      reason: { code: 'pastSafeDate', latestSafeDeclarationDate: deadline.latestSafeDeclarationDate, shortTenths },
    };
  }
  if (deadline.calendarDaysLeft <= AT_RISK_CALENDAR_DAYS) {
    return { status: 'atRisk', reason: { code: 'deadlineNear', calendarDaysLeft: deadline.calendarDaysLeft, shortTenths } };
  }
  return { status: 'onTrack', reason: { code: 'timeLeft', calendarDaysLeft: deadline.calendarDaysLeft, shortTenths } };
}

