import type { Kind, Reviewer } from '../vocabulary';
import type { RuleBasis } from './resolveRule';

/**
 * Where one logged entry's hours stand for the year it counts in. Every 学时
 * logged for a year is in exactly one of these.
 */
export type HoursState = 'credited' | 'pending' | 'notDeclared' | 'returned' | 'late';

/** 学时 of one kind (or in total), in integer tenths. */
export interface Tally {
  /** The minimum the rule asks for (0 where the rule sets none: see requirementSet). */
  requiredTenths: number;
  /**
   * False where the rule the site has sets no figure for this part (公需科目
   * under the national rule alone): outputs then say the year's own notice
   * decides, never "0" or 已达标; the hours still count toward the total.
   */
  requirementSet: boolean;
  /**
   * True where the figure is only the rule's general ratio (专业科目 under the
   * national rule: 一般不少于三分之二), not a minimum of its own: the year is
   * judged on the total, and this part never stands as still to study.
   */
  generalRatio: boolean;
  /** 已计入: recorded by the platform's 学习入口, or declared in time and approved. */
  creditedTenths: number;
  /** 审核中: declared in time, reviews not finished. */
  pendingTenths: number;
  /** 待申报: logged, must be declared, not declared yet. */
  notDeclaredTenths: number;
  /** 被退回: declared and returned; to fix and declare again. */
  returnedTenths: number;
  /** 逾期申报: declared after the year's deadline, so not counted in the year. */
  lateTenths: number;
  /**
   * 还需学习: what the requirement still lacks once every logged hour (credited,
   * pending, to declare, returned) counts; 0 once the year is closed, since
   * nothing can be studied for it any more (remainingTenths says what it lacked),
   * and 0 for a part held only to a general ratio (the total decides there).
   */
  toStudyTenths: number;
  /** 还需学习 if the returned hours never pass: returned hours never count as covering the year. 0 once the year is closed. */
  toStudyIfReturnedFailTenths: number;
  /** Still missing once only credited hours count (0 means this part is met). */
  remainingTenths: number;
  /** Still missing if every pending review passes (0 means met once reviews pass). */
  remainingAfterPendingTenths: number;
  /** Credited hours beyond what the requirement can use; they are not carried over. */
  surplusTenths: number;
}

/** `noRecords`: a closed year this device holds no record of; the site cannot know whether it was met (the platform may have it). */
export type YearStatus = 'met' | 'metPendingReview' | 'onTrack' | 'atRisk' | 'missed' | 'noRecords';

export interface Deadline {
  /** Last day to finish and declare (inclusive). */
  declareBy: string;
  /** Days from `asOf` to `declareBy`, both included: 1 on the day itself, 0 or less once passed. */
  daysLeft: number;
  /** Working days over the same span, both included; 0 once passed. */
  workingDaysLeft: number;
  passed: boolean;
  /** The review limits of the notice (s5-4), each counted from the declaration date. */
  employerReviewWorkingDays: number;
  authorityReviewWorkingDays: number;
  /** True when a year this deadline touches has no official holiday schedule, so working days are weekdays only. */
  calendarEstimated: boolean;
  /**
   * The site's advice, not the notice's rule: the last working day on which a
   * declaration leaves both reviews their full limits one after the other
   * (5 + 5 working days) before `declareBy`; null if the year has none.
   */
  advisedDeclareBy: string | null;
  /** Working days the advice assumes (the two limits added). */
  advisedReviewWorkingDays: number;
  advisedDatePassed: boolean;
  /** The advised day was counted over a year without the official holiday schedule (labelled CALENDAR_ESTIMATE_LABEL). */
  advisedEstimated: boolean;
}

/** A declared entry's review limits (s5-4: each counted from the declaration date). */
export interface PendingReview {
  entryId: string;
  kind: Kind;
  /** The review now under way. */
  stage: Reviewer;
  declaredOn: string;
  /** Last day of the 用人单位's limit: declaration + its working days. */
  employerDueBy: string;
  /** Last day of the 行业主管部门's limit: declaration + its working days (the same start). */
  authorityDueBy: string;
  /** The current stage's limit has passed as of `asOf`. */
  overdue: boolean;
  /** True when either limit's span (declaration to due date) touches a year without the official holiday schedule: the dates are estimated. */
  calendarEstimated: boolean;
}

export type Warning =
  | { code: 'ruleAssumed'; basisYear: number }
  | { code: 'nationalRule' }
  | { code: 'calendarEstimated' }
  | { code: 'reviewOverdue'; entryId: string; stage: Reviewer; dueBy: string; calendarEstimated: boolean }
  | { code: 'declaredAfterDeadline'; entryId: string; declaredOn: string; tenths: number }
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
  /** Which rule the figures rest on: the year's own notice, the latest notice (推定), or the national rule. */
  basis: RuleBasis;
  /** The notice year the figures come from (the year's own, or the latest); null under the national rule. */
  basisYear: number | null;
  public: Tally;
  professional: Tally;
  total: Tally;
  status: YearStatus;
  /** Null when the rule sets no deadline (the national rule). */
  deadline: Deadline | null;
  /** The year is over for declarations: its deadline passed (or, without one, the year ended). */
  closed: boolean;
  pendingReviews: PendingReview[];
  warnings: Warning[];
  /** Entries whose completion date falls in the year (they count), and the others given (they do not). */
  countedEntries: number;
  excludedEntries: number;
}
