/**
 * The domain's words: codes stored in data, and the Chinese each one is shown
 * as (glossary in shared/reference). Used by the schema, the engine, the UI and the PDF.
 */

export const KINDS = ['public', 'professional'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  public: '公需科目',
  professional: '专业科目',
};

/**
 * Ways of study the 2025 notice names, per kind (通知二（一）, 二（二）). The
 * professional list is open ("等多种方式", s2-2-2; s2-3 counts every way the
 * 证书管理办法 allows), so it ends with `other`, described by the person.
 */
export const WAYS_BY_KIND = {
  public: ['onlineStudy', 'inPerson'],
  professional: ['training', 'practice', 'grassroots', 'eLearning', 'approvedSelfStudy', 'other'],
} as const satisfies Record<Kind, readonly string[]>;

export type Way = (typeof WAYS_BY_KIND)[Kind][number];

export const WAYS = [...WAYS_BY_KIND.public, ...WAYS_BY_KIND.professional] as const;

export const WAY_LABELS: Record<Way, string> = {
  onlineStudy: '线上学习',
  inPerson: '线下面授',
  training: '研修培训',
  practice: '实践操作',
  grassroots: '服务基层',
  eLearning: '在线学习',
  approvedSelfStudy: '经业务主管部门批准且有考核的自学',
  other: '其他（《证书管理办法》认可的方式）',
};

/**
 * Ways whose hours the platform's 学习入口 may record by itself: online study
 * only (s2-3). Every other way must be declared.
 */
export const PLATFORM_WAYS: readonly Way[] = ['onlineStudy', 'eLearning'];

export function mayBePlatformRecorded(way: string): boolean {
  return (PLATFORM_WAYS as readonly string[]).includes(way);
}

export function wayBelongsToKind(way: string, kind: Kind): boolean {
  return (WAYS_BY_KIND[kind] as readonly string[]).includes(way);
}

/** How the hours reach the person's record on the platform. */
export const RECORDINGS = ['platform', 'declare'] as const;
export type Recording = (typeof RECORDINGS)[number];

export const RECORDING_LABELS: Record<Recording, string> = {
  platform: '平台学习入口自动记录',
  declare: '需申报',
};

/** Where a declared entry stands in the two reviews (用人单位, then 行业主管部门). */
export const STATUSES = ['notDeclared', 'declared', 'employerApproved', 'approved', 'returned'] as const;
export type DeclarationStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<DeclarationStatus, string> = {
  notDeclared: '待申报',
  declared: '已申报，用人单位审核中',
  employerApproved: '用人单位已通过，行业主管部门审核中',
  approved: '审核通过',
  returned: '被退回',
};

/** Who returned a declaration. */
export const REVIEWERS = ['employer', 'authority'] as const;
export type Reviewer = (typeof REVIEWERS)[number];

export const REVIEWER_LABELS: Record<Reviewer, string> = {
  employer: '用人单位',
  authority: '行业主管部门',
};

/** The profile's fields, in the order forms and the summary show them. */
export const PROFILE_FIELDS = ['name', 'employer', 'title', 'specialty', 'phone'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const PROFILE_LABELS: Record<ProfileField, string> = {
  name: '姓名',
  employer: '工作单位',
  title: '专业技术职务/职称',
  specialty: '专业',
  phone: '联系电话',
};

/** The summary's one name: its heading in the app, the PDF's title, metadata and file name, and the print view. */
export const SUMMARY_NAME = '继续教育学时自查申报汇总表';

export function summaryTitle(year: number): string {
  return `${year}年度${SUMMARY_NAME}`;
}

/**
 * What the site does with 学时 declared after the deadline: the notice sets the
 * deadline (s2-3) and leaves the consequences to the person (s5-4); not counting
 * them in the year is the site's reading, and says so.
 */
export const lateNotCounted = (year: number | '该') => `本站不计入${year}年度`;

/**
 * Said after every date counted over a year without the State Council's
 * holiday schedule (its days off are then the statutory ones of the 办法, see
 * core/calendar/workingCalendar.ts): the one wording for the UI, PDF, .ics and messages.
 */
export const CALENDAR_ESTIMATE_LABEL = '（节假日安排按推定）';

/** The note beside figures counted over such a year (dashboard, summary PDF). */
export const CALENDAR_ESTIMATE_NOTE =
  '所涉年度的国务院节假日安排尚未收录：其中的工作日按《全国年节及纪念日放假办法》规定的全体公民放假日和周末推定，不含调休和补假（本站理解）；据此算出的日期标有“（节假日安排按推定）”。';
