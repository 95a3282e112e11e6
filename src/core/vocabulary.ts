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

/** Ways of study the 2025 notice recognises, per kind (通知二（一）, 二（二）). */
export const WAYS_BY_KIND = {
  public: ['onlineStudy', 'inPerson'],
  professional: ['training', 'practice', 'grassroots', 'eLearning', 'approvedSelfStudy'],
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
  approvedSelfStudy: '经批准且有考核的自学',
};

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

/** Where a declared entry stands in the two reviews (employer, then industry authority). */
export const STATUSES = ['notDeclared', 'declared', 'employerApproved', 'approved', 'returned'] as const;
export type DeclarationStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<DeclarationStatus, string> = {
  notDeclared: '未申报',
  declared: '已申报，待单位审核',
  employerApproved: '单位已审核，待主管部门审核',
  approved: '审核合格',
  returned: '被退回',
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
