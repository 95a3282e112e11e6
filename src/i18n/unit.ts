import type { AmbiguousReason, MatchedBy } from '../core/unit/people';
import type { ReceiptConflictReason } from '../core/unit/receiptFormat';
import type { UnitFilter, UnitSortKey } from '../core/unit/unitRows';
import { YEAR_STATUS_LABELS } from '../core/rules/describe';
import { CALENDAR_ESTIMATE_LABEL, REVIEWER_LABELS } from '../core/vocabulary';
import { UNIT_DECISION_LABELS, UNIT_PROFILE_LABELS, type UnitDecisionKind } from '../core/unitVocabulary';

/**
 * Words of the unit's side (导出给单位 in /log/, the ledger at /unit/, the 回执)
 * that the core's decisions are shown with. The exchange files' own messages
 * are core's (src/core/unit/unitMessages.ts), since their readers are core.
 */
export const unitText = {
  /** The export in /log/. */
  handoverAction: '导出给单位',
  handoverIncludeEvidence: '附凭证文件（文件会变大）',
  /** The ledger's filters: the statuses are the year report's own words. */
  filters: {
    all: '全部',
    missed: YEAR_STATUS_LABELS.missed,
    atRisk: YEAR_STATUS_LABELS.atRisk,
    awaitingEmployer: '有待用人单位审核',
    met: YEAR_STATUS_LABELS.met,
  } satisfies Record<UnitFilter, string>,
  sortKeys: {
    name: '姓名',
    department: UNIT_PROFILE_LABELS.department,
    status: '状态',
    credited: '合计已计入',
    toStudy: '尚差学时',
    awaitingEmployer: `待${REVIEWER_LABELS.employer}审核`,
  } satisfies Record<UnitSortKey, string>,
  noDepartment: '未填科室',
  /** How a file was matched to a person of the ledger. */
  matchedBy: {
    idNumber: `按${UNIT_PROFILE_LABELS.idNumber}认定为同一人`,
    staffNumber: `按${UNIT_PROFILE_LABELS.staffNumber}认定为同一人`,
    name: '按姓名认定为同一人（其余信息没有矛盾）',
  } satisfies Record<MatchedBy, string>,
  newPerson: '新人员',
  unnamed: '文件中没有姓名，无法归到任何人员',
  /** Why HR must decide who a file belongs to. */
  ambiguous: {
    sameName: '台账中有多位同名人员，文件中的信息不足以区分，请选择归属或作为新人员加入',
    numberOtherName: `台账中有人的${UNIT_PROFILE_LABELS.idNumber}或${UNIT_PROFILE_LABELS.staffNumber}与此相同，但姓名不同：可能录入有误，请核对后选择`,
    numbersContradict: `与台账中的人员姓名相同、${UNIT_PROFILE_LABELS.staffNumber}或${UNIT_PROFILE_LABELS.department}一致，${UNIT_PROFILE_LABELS.idNumber}却不同：请核对后选择`,
  } satisfies Record<AmbiguousReason, string>,
  /** 待用人单位审核. */
  awaitingTitle: `待${REVIEWER_LABELS.employer}审核`,
  dueBy: (date: string, estimated: boolean) => `审核时限至 ${date}${estimated ? CALENDAR_ESTIMATE_LABEL : ''}`,
  daysLeft: (days: number) => (days >= 1 ? `剩 ${days} 天` : `已超时 ${1 - days} 天`),
  /** The unit's decision is its own record, never the platform's. */
  unitRecordLabel: '本单位记录（审核结果以平台为准）',
  decisions: UNIT_DECISION_LABELS satisfies Record<UnitDecisionKind, string>,
  /** 回执 in the person's /log/: why a decision is not applied. */
  receiptConflicts: {
    declaredAgain: '这条记录此后已重新申报，回执答复的是之前的申报，本机记录不变',
    notDeclared: '本机这条记录尚未申报，本机记录不变',
    alreadyReviewed: '本机已记有这次申报的其他审核结果，本机记录不变',
    refused: '审核结果不能保存',
  } satisfies Record<ReceiptConflictReason, string>,
  receiptUnknown: (count: number) => `${count} 条审核结果对应的记录不在本机（可能已删除），将被忽略`,
  receiptOtherPerson: (name: string) => `这份回执是给“${name}”的，与本机个人信息中的姓名不同，请确认后再导入`,
} as const;
