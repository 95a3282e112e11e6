import { REVIEWER_LABELS } from '../core/vocabulary';

/** Words of the /unit/ page's 待用人单位审核 list and its decision form, loaded with the list after the first render. */
export const unitReviewText = {
  awaitingNone: `目前没有待${REVIEWER_LABELS.employer}审核的申报。`,
  declaredOn: (date: string) => `申报于 ${date}`,
  decision: '审核结果',
  decidedOn: '审核日期',
  reason: '退回原因',
  recordDecision: '记入台账',
  recordedAs: (label: string, date: string) => `本单位记录：${label}（${date}）`,
  exportReceipt: (name: string) => `导出${name}的回执`,
  receiptHint: '回执记录的是用人单位审核的结果（本单位的记录），职工可在学时簿的“数据”中导入；学时的审核以平台为准。',
  decisionRecorded: '已记入本单位台账。',
  receiptSaved: '回执已生成。',
  receiptFileName: (name: string, date: string) => `回执-${name}-${date}.json`,
} as const;
