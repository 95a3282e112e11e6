import { MAX_ENTRIES } from '../limits';
import { bytesAsMegabytes } from '../text/sizeWords';

/**
 * The words of the unit's exchange files (导出给单位, 回执) as their readers and
 * builders say them: Chinese, naming the cause, without a final 。 (the caller
 * ends the sentence). Kept here, in core, because the readers are core.
 */

/** What a handover file is called wherever it is named. */
export const HANDOVER_NAME = '导出给单位的文件';
/** What a receipt file is called wherever it is named. */
export const RECEIPT_NAME = '单位回执';

export const unitFileMessages = {
  tooLarge: (name: string, maxBytes: number) => `文件过大，${name}不超过 ${bytesAsMegabytes(maxBytes)}`,
  zip: (name: string) => `这是一个压缩包（可能是学时簿的备份），不是${name}`,
  notJson: (name: string) => `这不是${name}（内容不是学时簿的数据文件）`,
  backup: (name: string) => `这是学时簿的备份文件，不是${name}`,
  otherFormat: (name: string) => `这不是${name}（格式标识不符）`,
  newerVersion: (name: string, version: number, known: number) =>
    `这个${name}是第 ${version} 版格式，比本站认识的第 ${known} 版新；请把学时簿更新到最新版后再导入`,
  badVersion: (name: string) => `${name}的格式版本有误`,
  tooManyEntries: (count: number) => `文件中有 ${count} 条记录，超过上限 ${MAX_ENTRIES} 条`,
  entry: (number: number, message: string) => `第 ${number} 条记录有误：${message}`,
  unsafeId: (number: number) => `第 ${number} 条记录的编号只能由字母、数字和 . _ - 组成（1–100 个字符，不以 . 开头）`,
  duplicateId: (id: string) => `文件中有重复的记录编号“${id}”`,
  entryOutsideYears: (number: number, year: number) => `第 ${number} 条记录计入${year}年度，不在文件所选的年度中`,
  duplicateYear: (year: number) => `所选年度中${year}年重复出现`,
  exportedOnMismatch: '导出日期与导出时间相差超过一天，文件可能被改动过',
  noName: '文件中没有姓名，单位无法识别是谁的记录',
  evidenceNotIncluded: '文件声明不含凭证文件，却带有凭证',
  evidenceEntry: (name: string) => `凭证“${name}”所属的记录不在文件中`,
  evidenceDuplicate: (id: string) => `文件中有重复的凭证编号“${id}”`,
  evidenceBody: (name: string) => `凭证“${name}”的内容不是有效的 base64 编码`,
  evidenceSize: (name: string) => `凭证“${name}”的大小与记录不符，文件可能已损坏`,
  evidenceType: (name: string, type: string) => `凭证“${name}”声称是 ${type}，实际内容不符`,
  evidenceTotal: (maxBytes: number) => `凭证文件合计超过 ${bytesAsMegabytes(maxBytes)}，请少选几个凭证或不附凭证`,
  evidenceCount: (max: number) => `凭证文件超过 ${max} 个，请少选几个凭证或不附凭证`,
  /** For the person, before a handover file is made. */
  nameFirst: '请先在“个人信息”中填写姓名：单位靠姓名（以及工号、证件号码或科室）认出是谁的记录',
  chooseYears: '请至少选择一个年度',
  yearOutOfRange: (year: number) => `${year}年不在学时簿的年份范围（2000–2100 年）内`,
  badNow: '导出时间无效',
  duplicateDecision: (id: string) => `回执中同一条记录“${id}”有两个审核结果`,
  decidedAfterExport: (number: number) => `第 ${number} 个审核结果的审核日期晚于回执的导出日期`,
} as const;
