import type { Kind } from '../vocabulary';

/** 学时 of one kind (or in total), in integer tenths. */
export interface Tally {
  /** The minimum the rule asks for. */
  requiredTenths: number;
  /** Recorded by the platform, or declared and approved. */
  creditedTenths: number;
  /** Declared and still under review (by the employer or the industry authority). */
  pendingTenths: number;
  /** Logged, to be declared, not declared yet. */
  notDeclaredTenths: number;
  /** Declared and returned by a reviewer. */
  returnedTenths: number;
  /** Still missing once only credited hours count. */
  remainingTenths: number;
  /** Still missing if every pending review passes. */
  remainingAfterPendingTenths: number;
  /** Still missing even if everything logged is declared and approved: hours yet to study. */
  toStudyTenths: number;
  /** Credited hours beyond what the requirement can use; they are not carried over. */
  surplusTenths: number;
}

export type YearStatus = 'met' | 'metPendingReview' | 'onTrack' | 'atRisk' | 'missed';

export type StatusReason =
  | { code: 'allCredited' }
  | { code: 'waitingForReview'; pendingTenths: number }
  | { code: 'deadlinePassed'; shortTenths: number }
  | { code: 'pastSafeDate'; latestSafeDeclarationDate: string; shortTenths: number }
  | { code: 'deadlineNear'; calendarDaysLeft: number; shortTenths: number }
  | { code: 'timeLeft'; calendarDaysLeft: number; shortTenths: number };

export interface Deadline {
  /** Last day to finish and declare. */
  declareBy: string;
  /** Calendar days from `asOf` to `declareBy`: 0 on the day itself, negative after it. */
  calendarDaysLeft: number;
  /** Working days from `asOf` to `declareBy`, both included; 0 once passed. */
  workingDaysLeft: number;
  /** Working days the two reviews may take one after the other (5 + 5 in 2025). */
  reviewWorkingDays: number;
  /** Last working day on which a declaration leaves both reviews time to finish by `declareBy`; null if none in the year. */
  latestSafeDeclarationDate: string | null;
  passed: boolean;
  safeDatePassed: boolean;
  /** True when a year this deadline touches has no official holiday schedule, so working days are weekdays only. */
  calendarEstimated: boolean;
}

/** A declared entry's review windows. */
export interface PendingReview {
  entryId: string;
  kind: Kind;
  stage: 'employer' | 'authority';
  declaredOn: string;
  /** Last day for the employer's review (declaration + 5 working days). */
  employerDueBy: string;
  /** Last day for both reviews to be done. */
  reviewDueBy: string;
  /** The current stage's window has passed as of `asOf`. */
  overdue: boolean;
  /** The reviews may finish after the declaration deadline. */
  endsAfterDeadline: boolean;
}

export type Warning =
  | { code: 'ruleAssumed'; basisYear: number }
  | { code: 'calendarEstimated' }
  | { code: 'reviewOverdue'; entryId: string; stage: 'employer' | 'authority'; dueBy: string }
  | { code: 'reviewEndsAfterDeadline'; entryId: string; dueBy: string }
  | { code: 'declaredAfterDeadline'; entryId: string; declaredOn: string }
  | { code: 'needsDeclaration'; entryIds: string[]; tenths: number }
  | { code: 'returned'; entryIds: string[]; tenths: number }
  | { code: 'crossesYear'; entryId: string; countedIn: number }
  | { code: 'implausibleHours'; entryId: string; tenthsPerDay: number }
  | { code: 'creditBeforeCompletion'; entryId: string }
  | { code: 'surplusNotCarried'; kind: Kind; tenths: number };

export type WarningCode = Warning['code'];

export interface YearReport {
  year: number;
  asOf: string;
  ruleAssumed: boolean;
  basisYear: number;
  public: Tally;
  professional: Tally;
  total: Tally;
  status: YearStatus;
  reason: StatusReason;
  deadline: Deadline;
  pendingReviews: PendingReview[];
  warnings: Warning[];
  /** Entries whose completion date falls in the year (they count), and the others given (they do not). */
  countedEntries: number;
  excludedEntries: number;
}
