import { coversRange, type WorkingCalendar } from '../calendar/workingCalendar';
import type { Entry } from '../schemas/entry';
import { addDays, daysBetween, isRealIsoDate, yearOf } from '../calendar/days';
import type { Kind } from '../vocabulary';
import { countedYear } from '../entries/countedYear';
import { hoursState } from './entryState';
import type { Deadline, HoursState, PendingReview, Tally, Warning, WarningCode, YearReport, YearStatus } from './report';
import type { NoticeTerms, ResolvedRule } from './resolveRule';

/** The fields of an entry the engine reads. */
export type EngineEntry = Pick<
  Entry,
  'id' | 'kind' | 'way' | 'startDate' | 'endDate' | 'hoursTenths' | 'recording' | 'status' | 'declaredOn' | 'employerApprovedOn'
>;

export interface EvaluateOptions {
  /** "Today", passed in: the engine never reads the clock. */
  asOf: string;
  calendar: WorkingCalendar;
}

/** Within this many days of the deadline (both days included), a year not yet covered is at risk. */
export const AT_RISK_DAYS = 30;
/** More than 24 学时 in one day cannot be real study; the entry is flagged, never refused. */
export const MAX_PLAUSIBLE_TENTHS_PER_DAY = 240;

type Sums = Record<HoursState, number>;

const emptySums = (): Sums => ({ credited: 0, pending: 0, notDeclared: 0, returned: 0, late: 0 });

/** How a year's end bears on a tally: declaring is over (a known deadline passed), or the year is closed (nothing more can be studied for it). */
interface YearEnd {
  declaringOver: boolean;
  closed: boolean;
}

/**
 * A kind's tally; `requiredOrNull` is null where the rule sets no figure for
 * the kind, and `generalRatio` marks a figure that is only the rule's general
 * ratio (never still to study on its own). Once the deadline has passed, hours
 * never declared or left returned can no longer count, so they no longer stand
 * against what is still to study; once the year is closed nothing is.
 */
function kindTally(requiredOrNull: number | null, sums: Sums, end: YearEnd, generalRatio = false): Tally {
  const required = requiredOrNull ?? 0;
  const kept = sums.credited + sums.pending;
  const open = (tenths: number) => (end.closed || generalRatio ? 0 : Math.max(0, tenths));
  return {
    requiredTenths: required,
    requirementSet: requiredOrNull !== null,
    generalRatio,
    creditedTenths: sums.credited,
    pendingTenths: sums.pending,
    notDeclaredTenths: sums.notDeclared,
    returnedTenths: sums.returned,
    lateTenths: sums.late,
    toStudyTenths: open(required - kept - (end.declaringOver ? 0 : sums.notDeclared + sums.returned)),
    toStudyIfReturnedFailTenths: open(required - kept - sums.notDeclared),
    remainingTenths: Math.max(0, required - sums.credited),
    remainingAfterPendingTenths: Math.max(0, required - sums.credited - sums.pending),
    surplusTenths: Math.max(0, sums.credited - required),
  };
}

/**
 * The total: its own minimum, but never less than what the kinds still lack,
 * since one kind cannot stand in for the other (a kind held only to a general
 * ratio is left out: the year is judged on the total there).
 */
function totalTally(required: number, kinds: readonly Tally[], end: YearEnd): Tally {
  const sum = (pick: (tally: Tally) => number) => kinds.reduce((total, tally) => total + pick(tally), 0);
  const firm = kinds.filter((tally) => !tally.generalRatio);
  const firmSum = (pick: (tally: Tally) => number) => firm.reduce((total, tally) => total + pick(tally), 0);
  const credited = sum((tally) => tally.creditedTenths);
  const pending = sum((tally) => tally.pendingTenths);
  const notDeclared = sum((tally) => tally.notDeclaredTenths);
  const returned = sum((tally) => tally.returnedTenths);
  const remaining = Math.max(required - credited, firmSum((tally) => tally.remainingTenths), 0);
  const open = (tenths: number, kindsLack: number) => (end.closed ? 0 : Math.max(tenths, kindsLack, 0));
  return {
    requiredTenths: required,
    requirementSet: true,
    generalRatio: false,
    creditedTenths: credited,
    pendingTenths: pending,
    notDeclaredTenths: notDeclared,
    returnedTenths: returned,
    lateTenths: sum((tally) => tally.lateTenths),
    toStudyTenths: open(required - credited - pending - (end.declaringOver ? 0 : notDeclared + returned), sum((tally) => tally.toStudyTenths)),
    toStudyIfReturnedFailTenths: open(required - credited - pending - notDeclared, sum((tally) => tally.toStudyIfReturnedFailTenths)),
    remainingTenths: remaining,
    remainingAfterPendingTenths: Math.max(required - credited - pending, firmSum((tally) => tally.remainingAfterPendingTenths), 0),
    // Credited hours that help no minimum: what was credited beyond what it covered.
    surplusTenths: credited - (required - remaining),
  };
}

/**
 * The site's advice, not the notice's rule: the last working day D ≤ declareBy
 * with D + both review limits one after the other ≤ declareBy; null when none.
 */
function advisedDeclareBy(year: number, terms: NoticeTerms, calendar: WorkingCalendar, reviewDays: number): string | null {
  const firstDay = `${year}-01-01`;
  for (let day = terms.declareBy; day >= firstDay; day = addDays(day, -1)) {
    if (calendar.isWorkingDay(day) && calendar.addWorkingDays(day, reviewDays) <= terms.declareBy) return day;
  }
  return null;
}

const WARNING_ORDER: readonly WarningCode[] = [
  'ruleAssumed',
  'nationalRule',
  'calendarEstimated',
  'reviewOverdue',
  'declaredAfterDeadline',
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
 * Where a person stands for one year: per kind and in total, every logged 学时
 * as credited, under review, to declare, returned or declared too late, and
 * what is still to study; whether the year is met; the deadline in days and
 * working days; the review limits of each pending declaration; what to act on.
 * Pure: the same inputs give the same report, whatever the order of `entries`.
 */
export function evaluateYear(rule: ResolvedRule, entries: readonly EngineEntry[], options: EvaluateOptions): YearReport {
  const { asOf, calendar } = options;
  if (!isRealIsoDate(asOf)) throw new RangeError(`asOf is not a YYYY-MM-DD date: ${asOf}`);
  const year = rule.year;
  const terms = rule.notice;
  const declareBy = terms?.declareBy ?? null;
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
  let latestReviewDue = declareBy ?? `${year}-12-31`;

  for (const entry of entries) {
    const startYear = yearOf(entry.startDate);
    const endYear = countedYear(entry);
    if (startYear !== endYear && startYear <= year && year <= endYear) {
      warnings.push({ code: 'crossesYear', entryId: entry.id, countedIn: endYear });
    }
    if (endYear !== year) continue;
    counted += 1;
    const state = hoursState(entry, declareBy);
    sums[entry.kind][state] += entry.hoursTenths;

    // Up to 24 学时 fits in any single day, so only longer claims need the day count.
    if (entry.hoursTenths > MAX_PLAUSIBLE_TENTHS_PER_DAY) {
      const days = Math.max(1, daysBetween(entry.startDate, entry.endDate) + 1);
      if (entry.hoursTenths > MAX_PLAUSIBLE_TENTHS_PER_DAY * days) {
        warnings.push({ code: 'implausibleHours', entryId: entry.id, tenthsPerDay: Math.round(entry.hoursTenths / days) });
      }
    }
    if ((state === 'credited' || state === 'pending') && entry.endDate > asOf) {
      warnings.push({ code: 'creditBeforeCompletion', entryId: entry.id });
    }
    if (state === 'notDeclared') {
      undeclared.ids.push(entry.id);
      undeclared.tenths += entry.hoursTenths;
    }
    if (state === 'returned') {
      returned.ids.push(entry.id);
      returned.tenths += entry.hoursTenths;
    }
    if (state === 'late' && entry.declaredOn !== undefined) {
      warnings.push({ code: 'declaredAfterDeadline', entryId: entry.id, declaredOn: entry.declaredOn, tenths: entry.hoursTenths });
    }
    if (state === 'pending' && entry.declaredOn !== undefined && terms !== null) {
      // s5-4: both limits run from the declaration date, not one after the other.
      const employerDueBy = dueBy(entry.declaredOn, terms.employerReviewWorkingDays);
      const authorityDueBy = dueBy(entry.declaredOn, terms.authorityReviewWorkingDays);
      const stage = entry.status === 'employerApproved' ? 'authority' : 'employer';
      const stageDueBy = stage === 'employer' ? employerDueBy : authorityDueBy;
      const lastDue = employerDueBy > authorityDueBy ? employerDueBy : authorityDueBy;
      const review: PendingReview = {
        entryId: entry.id,
        kind: entry.kind,
        stage,
        declaredOn: entry.declaredOn,
        employerDueBy,
        authorityDueBy,
        overdue: asOf > stageDueBy,
        calendarEstimated: !coversRange(calendar, entry.declaredOn, lastDue),
      };
      pendingReviews.push(review);
      if (lastDue > latestReviewDue) latestReviewDue = lastDue;
      if (review.overdue) warnings.push({ code: 'reviewOverdue', entryId: entry.id, stage, dueBy: stageDueBy, calendarEstimated: review.calendarEstimated });
    }
  }

  const closed = terms !== null ? asOf > terms.declareBy : asOf > `${year}-12-31`;
  // Only a known deadline ends what can still be declared; without one (the national rule alone) nothing is said to be lost.
  const declaringOver = terms !== null && closed;
  const end: YearEnd = { declaringOver, closed };
  const publicTally = kindTally(rule.publicTenths, sums.public, end);
  // Under the national rule alone, 专业科目 "一般" not less than two thirds is a general ratio, not a minimum of its own.
  const professionalTally = kindTally(rule.professionalTenths, sums.professional, end, rule.basis === 'national');
  const total = totalTally(rule.totalTenths, [publicTally, professionalTally], end);

  let deadline: Deadline | null = null;
  if (terms !== null) {
    const reviewDays = terms.employerReviewWorkingDays + terms.authorityReviewWorkingDays;
    const advised = advisedDeclareBy(year, terms, calendar, reviewDays);
    const firstCountedDay = asOf < `${year}-01-01` ? asOf : `${year}-01-01`;
    const passed = asOf > terms.declareBy;
    deadline = {
      declareBy: terms.declareBy,
      daysLeft: daysBetween(asOf, terms.declareBy) + 1,
      workingDaysLeft: passed ? 0 : calendar.workingDaysBetween(asOf, terms.declareBy),
      passed,
      employerReviewWorkingDays: terms.employerReviewWorkingDays,
      authorityReviewWorkingDays: terms.authorityReviewWorkingDays,
      calendarEstimated: !coversRange(calendar, firstCountedDay, latestReviewDue),
      advisedDeclareBy: advised,
      advisedReviewWorkingDays: reviewDays,
      advisedDatePassed: advised === null || asOf > advised,
      advisedEstimated: advised !== null && !coversRange(calendar, advised, terms.declareBy),
    };
  }
  const status = closed && counted === 0 ? 'noRecords' : statusOf(total, deadline, closed);

  if (rule.basis === 'assumed' && rule.basisYear !== null) warnings.push({ code: 'ruleAssumed', basisYear: rule.basisYear });
  if (rule.basis === 'national') warnings.push({ code: 'nationalRule' });
  if (deadline?.calendarEstimated) warnings.push({ code: 'calendarEstimated' });
  // Once the year is closed these can no longer be acted on; the headline and the deadline lines say what was lost.
  if (undeclared.ids.length > 0 && !closed) {
    warnings.push({ code: 'needsDeclaration', entryIds: undeclared.ids.sort(compareStrings), tenths: undeclared.tenths });
  }
  if (returned.ids.length > 0 && !closed) warnings.push({ code: 'returned', entryIds: returned.ids.sort(compareStrings), tenths: returned.tenths });
  for (const [kind, tally] of [
    ['public', publicTally],
    ['professional', professionalTally],
  ] as const) {
    // Only a notice says hours are not carried over (and sets both kinds' minimums); the national rule alone says neither.
    if (tally.surplusTenths > 0 && tally.requirementSet && terms?.carryOver === false) warnings.push({ code: 'surplusNotCarried', kind, tenths: tally.surplusTenths });
  }

  const sortedWarnings = warnings
    .map((warning) => ({ warning, key: warningKey(warning) }))
    .sort((a, b) => compareStrings(a.key, b.key))
    .map(({ warning }) => warning);
  pendingReviews.sort((a, b) => compareStrings(a.declaredOn, b.declaredOn) || compareStrings(a.entryId, b.entryId));

  return {
    year,
    asOf,
    basis: rule.basis,
    basisYear: rule.basisYear,
    public: publicTally,
    professional: professionalTally,
    total,
    status,
    deadline,
    closed,
    pendingReviews,
    warnings: sortedWarnings,
    countedEntries: counted,
    excludedEntries: entries.length - counted,
  };
}

/**
 * (A closed year with no record here is 无记录, decided before this.)
 * 已达标 when credited hours cover every minimum; 待审核通过后达标 when pending
 * reviews would; after the deadline anything else is 未达标; before it, 有风险
 * close to the deadline (or past the site's advised day with something still
 * to declare), else 进行中.
 */
function statusOf(total: Tally, deadline: Deadline | null, closed: boolean): YearStatus {
  if (total.remainingTenths === 0) return 'met';
  if (total.remainingAfterPendingTenths === 0) return 'metPendingReview';
  if (closed) return 'missed';
  if (deadline === null) return 'onTrack';
  const toDeclare = total.notDeclaredTenths + total.returnedTenths + total.toStudyTenths > 0;
  if (deadline.daysLeft <= AT_RISK_DAYS || (deadline.advisedDatePassed && toDeclare)) return 'atRisk';
  return 'onTrack';
}
