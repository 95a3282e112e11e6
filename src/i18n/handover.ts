import { sizeInWords } from '../core/text/sizeWords';
import { RECORDING_LABELS, STATUS_LABELS } from '../core/vocabulary';
import { UNIT_DECISION_LABELS, UNIT_PROFILE_LABELS, type UnitProfileField } from '../core/unitVocabulary';
import type { HandoverState } from '../core/unit/handoverPreview';
import { RECEIPT_NAME } from '../core/unit/unitMessages';
import { unitText } from './unit';

/** Words of 导出给单位 and 导入回执 in the log's 数据 view, loaded with that panel. */
export const handoverText = {
  title: unitText.handoverAction,
  hint: '把所选年度的记录导出为一个文件，交给单位的继续教育管理员，供单位建立继续教育登记台账。本站不会发送任何内容：文件保存在本机，由您自己通过微信、U盘或邮件等方式交给单位。',
  open: `${unitText.handoverAction}…`,
  close: '收起',
  yearsLegend: '导出哪些年度',
  yearOption: (year: number) => `${year}年度`,
  whatGoes: '文件将包含：',
  personLabel: '个人信息',
  personLine: (label: string, value: string) => `${label}：${value}`,
  phoneStays: '联系电话不会导出。',
  yearLine: (year: number, entries: number, states: readonly string[]) =>
    entries === 0 ? `${year}年度：没有记录` : `${year}年度：${entries} 条记录（${states.join('，')}）`,
  stateLine: (label: string, count: number) => `${label} ${count} 条`,
  stateLabels: { platform: RECORDING_LABELS.platform, ...STATUS_LABELS } satisfies Record<HandoverState, string>,
  notesStay: '记录的备注不会导出。',
  includeEvidence: unitText.handoverIncludeEvidence,
  noEvidence: '所选年度的记录没有凭证文件。',
  evidenceLeftOut: (count: number, size: string) => `不附凭证文件（所选记录共有 ${count} 个凭证文件，${size}）。`,
  evidenceGoes: (count: number, size: string) => `将附上 ${count} 个凭证文件，合计 ${size}：`,
  evidenceLine: (name: string, entryTitle: string, size: number) => `${name}（${entryTitle}，${sizeInWords(size)}）`,
  evidenceListLabel: '将附上的凭证文件',
  size: sizeInWords,
  nameNeeded: '单位靠姓名认出是谁的记录：请先在个人信息中填写姓名（工号、证件号码或科室也有助于单位区分同名的人）。',
  goToProfile: '去填写个人信息',
  chooseYear: '请至少选择一个年度。',
  exportFile: '导出文件',
  handoverFormat: '导出给单位的文件是 .json 格式的文本文件（UTF-8 编码），注明格式版本；凭证文件以 base64 编码附在其中。',
  exported: (entries: number, evidence: number) =>
    evidence > 0 ? `已导出给单位的文件：${entries} 条记录，${evidence} 个凭证文件。请自行把文件交给单位。` : `已导出给单位的文件：${entries} 条记录。请自行把文件交给单位。`,
  // 导入回执
  receiptTitle: `导入${RECEIPT_NAME}`,
  receiptHint: `用人单位审核后可能给您一份${RECEIPT_NAME}，其中是用人单位对您申报的审核结果。导入前会先列出将要改动的记录；只更新仍在等待用人单位审核的那次申报，不会覆盖本机已有的其他结果。审核结果以平台为准。`,
  chooseReceipt: `选择${RECEIPT_NAME}`,
  receiptFormat: `${RECEIPT_NAME}是 .json 格式的文本文件（UTF-8 编码），注明格式版本。`,
  cannotReadReceipt: (name: string, reason: string) => `无法导入“${name}”：${reason}。本机数据没有改动。`,
  receiptPreview: `${RECEIPT_NAME}预览`,
  receiptFrom: (unit: string | undefined, date: string, count: number) => `${unit ? `${unit}的` : ''}${RECEIPT_NAME}，导出于 ${date}，共 ${count} 个审核结果：`,
  changesLabel: '将更新的记录',
  change: (title: string, before: string, after: string, decision: string) => `“${title}”：${before} → ${after}，用人单位${decision}`,
  decisionLine: (decision: 'approved' | 'returned', date: string, reason: string | undefined) =>
    `${UNIT_DECISION_LABELS[decision]}（${date}${reason ? `，退回原因：${reason}` : ''}）`,
  noChanges: '没有需要更新的记录。',
  identical: (count: number) => `${count} 条记录本机已是这个结果，不变。`,
  unknown: unitText.receiptUnknown,
  conflictsLabel: '不会更新的记录',
  conflict: (title: string, reason: string, detail?: string) => `“${title}”：${reason}${detail ? `（${detail.replace(/[。\s]+$/u, '')}）` : ''}`,
  otherPerson: unitText.receiptOtherPerson,
  conflictReasons: unitText.receiptConflicts,
  confirm: '确认更新',
  cancel: '取消',
  updated: (count: number) => `已按${RECEIPT_NAME}更新 ${count} 条记录。`,
  changedMeanwhile: '记录在预览后有了改动，本机数据没有改动。请重新选择回执文件。',
} as const;

/** The labels of the unit fields in the profile form, and the hint that they only go to the unit's file. */
export const unitProfileText = {
  labels: UNIT_PROFILE_LABELS satisfies Record<UnitProfileField, string>,
  legend: '单位登记信息（选填）',
  hint: `只用于“${unitText.handoverAction}”的文件，帮助单位区分同名的人；不会出现在汇总表中。`,
} as const;
