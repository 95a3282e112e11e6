import { entryFieldLabels } from './entryFields';
import type { CardField } from '../core/declare/cardFields';
import type { ApproveDateProblem } from '../core/declare/markApproved';
import type { DeclareDateProblem } from '../core/declare/markDeclared';
import type { FigureProblem, PlatformPart, ReasonCode } from '../core/declare/reconcile';
import { MAX_LIMIT_BYTES, MIN_LIMIT_BYTES, type EvidenceFit, type LimitProblem } from '../core/declare/uploadLimit';
import { formatChineseDate } from '../core/calendar/chineseDate';
import { formatHours } from '../core/hours/formatHours';
import { bytesAsMegabytes, MEGABYTE_WORD, megabytesInWords, sizeInWords } from '../core/text/sizeWords';
import { noticeCitation } from '../core/policy/paragraphName';
import { READING_MARK } from '../core/rules/describe';
import { CALENDAR_ESTIMATE_LABEL, lateNotCounted, REVIEWER_LABELS, type Reviewer } from '../core/vocabulary';

const hours = (tenths: number) => `${formatHours(tenths)} 学时`;

/** Where the wording of the review limit comes from (通知五（四）, s5-4), quoted in the chase message. */
const REVIEW_LIMIT_QUOTE = '自专业技术人员申报学时之日起，用人单位、行业主管部门学时审核时限均不得超过5个工作日。';
const NOTICE_NAME = '《河南省人力资源和社会保障厅关于做好2025年全省专业技术人员继续教育工作的通知》';

/**
 * Every word of the 申报助手 (the #declare view and its parts), loaded with it.
 * Keys ending in Format are 文件格式说明 (technical detail, shown collapsed); keys ending in FileName are file names.
 */
export const declareText = {
  title: (year: number) => `${year}年度申报助手`,
  intro: '逐条在河南省专业技术人员公共服务平台申报下列学时。以下内容只在本机整理，不会上传；平台是学时的最终依据。',
  loading: '正在读取本机数据…',
  /** A closed year (its deadline passed): the window has closed, with the paragraph that sets it, instead of the intro. */
  closedIntro: (year: number, declareBy: string, cite: { policyYear: number; id: string }, assumedFrom: string | null = null) =>
    `${year}年度的学时申报已于${formatChineseDate(declareBy)}截止（${noticeCitation(cite.policyYear, cite.id)}${assumedFrom === null ? '' : `，${assumedFrom}`}），申报期限已过。截止后申报的学时为逾期申报，${lateNotCounted(year)}${READING_MARK}。如已在截止前申报，可打开申报卡，按实际申报日期记下。以下内容只在本机整理，不会上传；平台是学时的最终依据。`,
  /** A year under the national rule alone: over, with no deadline the site knows; nothing said to be late. */
  closedNoDeadline: (year: number) =>
    `${year}年度已结束。本站未收录该年度的河南省通知，申报期限以当年通知为准。如当年已申报，可打开申报卡，按实际申报日期记下。以下内容只在本机整理，不会上传；平台是学时的最终依据。`,
  closedCiteLink: '查看通知原文',
  // the list
  listTitle: '申报清单',
  listSummary: (returnedCount: number, returnedTenths: number, notDeclaredCount: number, notDeclaredTenths: number) =>
    `被退回 ${returnedCount} 条，共 ${hours(returnedTenths)}；待申报 ${notDeclaredCount} 条，共 ${hours(notDeclaredTenths)}。`,
  listEmpty: '本年度没有需要申报的记录。',
  listOrder: '本站排列：先处理被退回的，再申报未申报的，完成日期早的在前。',
  stateReturned: '被退回',
  stateNotDeclared: '待申报',
  itemLine: (number: number, title: string, tenths: number) => `${number}. ${title}（${hours(tenths)}）`,
  completedOn: (date: string) => `完成日期：${date}`,
  returnedLine: (by: Reviewer, date: string, reason: string) => `${date} 被${REVIEWER_LABELS[by]}退回：${reason}`,
  evidenceCount: (count: number) => (count === 0 ? '没有凭证' : `凭证 ${count} 个`),
  evidenceProblems: (count: number) => `${count} 个凭证超出上传限制`,
  markToday: '标记为已申报（今天）',
  markedDeclared: (title: string, date: string) => `已将“${title}”标记为 ${date} 申报，进入审核。`,
  markedLate: (title: string, date: string, year: number) => `已将“${title}”记为 ${date} 申报：晚于申报截止日期，为逾期申报，${lateNotCounted(year)}${READING_MARK}。`,
  markFailed: '没有标记为已申报',
  openCard: '申报卡',
  closeCard: '收起申报卡',
  // the card
  cardTitle: (title: string) => `“${title}”的申报卡`,
  cardHint: '以下是本机记录的内容，可逐项复制到平台的申报表中。平台表单的栏目名称和要求以平台页面为准。',
  // The card names each field as the entry form does.
  cardLabels: {
    title: entryFieldLabels.title,
    kind: entryFieldLabels.kind,
    way: entryFieldLabels.way,
    startDate: entryFieldLabels.startDate,
    endDate: entryFieldLabels.endDate,
    hours: entryFieldLabels.hours,
    provider: entryFieldLabels.provider,
    notes: entryFieldLabels.notes,
  } satisfies Record<CardField, string>,
  datesLabel: '起止日期',
  dateLabel: (which: string) => `起止日期（${which}）`,
  emptyValue: '（未填）',
  copy: (label: string) => `复制${label}`,
  copied: (label: string) => `已复制${label}。`,
  copyFailed: '无法复制：浏览器没有允许访问剪贴板。请长按文字手动复制。',
  declaredOnLabel: '申报日期',
  declaredOnHint: '默认今天；如果已在其他日期申报，请改为实际申报日期。',
  declaredOnHintClosed: (declareBy: string | null) => `请填写在平台实际申报的日期。${declareBy === null ? '' : `晚于 ${declareBy} 的申报记为逾期申报。`}`,
  markOn: '标记为已申报',
  dateProblems: {
    invalid: '请填写真实的日期，格式如 2025-11-28',
    alreadyDeclared: '这条记录已经申报，正在审核中',
  } satisfies Record<DeclareDateProblem, string>,
  // evidence and upload copies
  evidenceTitle: '凭证',
  evidenceNone: '还没有凭证。可以在“记录”中为这条记录拍照或上传 PDF。',
  limitSource: '常见上传限制（本站假设，以平台页面为准）',
  limitWithSource: (megabytes: string) => `上传限制：照片或 PDF，每个文件不超过 ${megabytesInWords(megabytes)}（常见上传限制：本站假设，以平台页面为准）`,
  uploadFormat: (megabytes: string) => `常见上传限制（本站假设，以平台页面为准）：JPG、PNG 或 PDF 格式，单个文件不超过 ${megabytes} MB。照片的上传副本为 JPG 或 PNG，原文件保留不变。`,
  fit: {
    fits: '符合上传限制',
    needsCopy: '需要压缩或转换后上传',
    cannotShrink: 'PDF 超出上传限制，本机无法压缩，请用其他工具压缩或拆分后上传',
  } satisfies Record<EvidenceFit, string>,
  fileLine: (name: string, bytes: number) => `${name}（${sizeInWords(bytes)}）`,
  makeCopy: (name: string) => `生成上传副本：${name}`,
  makingCopy: '正在生成上传副本…',
  copyMade: (name: string, bytes: number) => `已生成上传副本“${name}”（${sizeInWords(bytes)}），原文件保留不变。`,
  copyNotMade: '没有生成上传副本',
  undecodable: (name: string) => `“${name}”无法作为图片打开（文件不完整或已损坏），无法生成上传副本，请重新拍摄后替换`,
  cannotShrink: (name: string, limit: string) => `“${name}”压缩到最小仍超过 ${megabytesInWords(limit)}，无法生成符合限制的副本`,
  // the limit setting
  limitTitle: '上传限制设置',
  limitLabel: `单个文件上限（${MEGABYTE_WORD}）`,
  limitSave: '保存上传限制',
  limitSaved: (megabytes: string) => `上传限制已设为 ${megabytesInWords(megabytes)}。`,
  limitProblems: {
    empty: '请填写上传限制，例如 5',
    notNumber: '上传限制须为数字，例如 5 或 2.5',
    tooSmall: `上传限制须不小于 ${bytesAsMegabytes(MIN_LIMIT_BYTES)}`,
    tooLarge: `上传限制须不超过 ${bytesAsMegabytes(MAX_LIMIT_BYTES)}`,
  } satisfies Record<LimitProblem, string>,
  // the pack
  packTitle: '申报材料包',
  packHint: '一个压缩包：本年度汇总表 PDF、待申报记录表格文件，以及按记录分组、已按序号命名的上传副本。',
  packFormat: '压缩包为 .zip 格式；表格文件为 .csv（UTF-8 编码，可用 Excel 或 WPS 打开）；上传副本为 JPG、PNG 或 PDF。',
  makePack: '生成并下载申报材料包',
  makingPack: '正在生成申报材料包…',
  packMade: (name: string, files: number, bytes: number, skipped: number) =>
    `申报材料包已生成并开始下载（共 ${files} 个文件，${sizeInWords(bytes)}）：“${name}”，内容截至此刻的记录和个人信息。${skipped > 0 ? `有 ${skipped} 个凭证无法放入，已在表格文件中注明。` : ''}`,
  packFailed: '生成申报材料包失败',
  packFileName: (year: number) => `${year}年度申报材料包.zip`,
  csvFileName: (year: number) => `${year}年度待申报记录.csv`,
  csvHeaders: { number: '序号', state: '申报进度', files: '上传副本', problems: '凭证问题' },
  csvSkipped: (name: string, reason: string) => `${name}：${reason}`,
  share: (what: string) => `分享${what}`,
  summaryPdf: '汇总表 PDF',
  makePdf: '生成并下载汇总表 PDF',
  makingPdf: '正在生成汇总表 PDF…',
  pdfMade: (name: string) => `已生成并下载“${name}”，内容截至此刻的记录和个人信息。`,
  pdfFailed: '生成汇总表 PDF 失败',
  shareFailed: '分享没有完成',
  madeStale: '生成之后记录或个人信息有改动，刚才生成的文件已作废，不再提供分享；需要时请重新生成。',
  changedWhileMaking: '生成期间记录或个人信息有改动，这份文件没有下载；请重新生成。',
  // chasing reviews
  pendingTitle: '审核中',
  pendingEmpty: '没有正在审核的记录。',
  reviewCountStart: '通知规定审核时限自申报之日起计算（通知五（四））；本站从申报次日起按工作日计算（本站理解）。',
  pendingLine: (title: string, tenths: number, declaredOn: string) => `${title}（${hours(tenths)}），${declaredOn} 申报`,
  reviewDue: (stage: Reviewer, dueBy: string, estimated = false) => `${REVIEWER_LABELS[stage]}审核时限至 ${dueBy}${estimated ? CALENDAR_ESTIMATE_LABEL : ''}`,
  overdue: (stage: Reviewer, dueBy: string, estimated = false) => `${REVIEWER_LABELS[stage]}审核已超过时限（${dueBy} 届满${estimated ? CALENDAR_ESTIMATE_LABEL : ''}）`,
  chaseTitle: (stage: Reviewer) => `可发给${REVIEWER_LABELS[stage]}的提醒（请先核对，再复制发送）`,
  chaseMessage: (input: { stage: Reviewer; title: string; tenths: number; declaredOn: string; dueBy: string; name: string | null; ruleBasis?: string | null; calendarEstimated?: boolean }) =>
    `${REVIEWER_LABELS[input.stage]}【负责审核的老师】您好：\n` +
    `我是${input.name ?? '【姓名】'}，于 ${input.declaredOn} 在河南省专业技术人员公共服务平台申报了继续教育学时“${input.title}”（${hours(input.tenths)}），目前显示仍在审核中。\n` +
    `${NOTICE_NAME}五（四）规定：“${REVIEW_LIMIT_QUOTE}”${input.ruleBasis ? `（${input.ruleBasis}）` : ''}按此计算，审核时限已于 ${input.dueBy}${input.calendarEstimated ? CALENDAR_ESTIMATE_LABEL : ''} 届满。\n` +
    `麻烦您在方便时帮忙审核；如果材料需要补充或修改，请告诉我，我会尽快处理。谢谢！\n` +
    `联系电话：【联系电话】`,
  copyChase: '复制提醒',
  chaseCopied: '已复制提醒内容。',
  chaseSource: '依据：通知五（四）',
  // reconciliation
  reconcileTitle: '与平台核对',
  reconcileHint: '在平台个人学时档案中看到的学时（栏目名称以平台为准），可填在这里与本机记录对照（可只填其中几项）。学时以平台为准，本机只列出可能的原因供核对。',
  reconcileLabels: { public: '公需科目', professional: '专业科目', total: '合计' } satisfies Record<PlatformPart, string>,
  reconcileSave: '核对',
  reconcileFailed: '没有核对',
  figureProblems: {
    notNumber: '请填写数字，例如 30 或 12.5',
    negative: '学时不能为负数',
    tooManyDecimals: '学时最多保留一位小数',
    tooLarge: '学时过大，请检查',
  } satisfies Record<FigureProblem, string>,
  lastReconciled: (date: string) => `上次核对：${date}`,
  comparison: (label: string, platform: number, app: number) => `${label}：平台 ${hours(platform)}，本机已计入 ${hours(app)}。`,
  differenceNone: '一致。',
  differenceMore: (tenths: number) => `平台多 ${hours(tenths)}。可能的原因：`,
  differenceLess: (tenths: number) => `平台少 ${hours(tenths)}。可能的原因：`,
  reasons: {
    platformNotShown: (tenths: number) => `本机记为平台学习入口自动记录的学时（最多 ${hours(tenths)}）平台尚未显示，或并非通过学习入口学习。`,
    approvalNotReflected: (tenths: number) => `本机记为审核通过的学时（最多 ${hours(tenths)}）平台尚未体现，请在平台核对审核结果。`,
    approvedOnPlatform: (tenths: number) => `平台上已审核通过、本机仍记为审核中的学时（最多 ${hours(tenths)}）：请在本机更新审核结果。`,
    notLoggedHere: (tenths: number) => `平台上有 ${hours(tenths)} 本机没有记录（例如通过学习入口在线学习但未在本机记录）。`,
    neverDeclared: (tenths: number) => `本机还有 ${hours(tenths)} 未申报或被退回：这些学时须申报并审核通过后才会计入个人学时档案（本站理解）。`,
    late: (tenths: number) => `本机有 ${hours(tenths)} 在截止日之后申报，本站不计入本年度（本站理解）。`,
  } satisfies Record<ReasonCode, (tenths: number) => string>,
  authority: '学时以平台记录为准。',
  approveTitle: '平台上已审核通过的记录',
  approveHint: '如果平台上这条已显示审核通过，填写平台显示的审核通过日期，再点“改为审核通过”。',
  approveLine: (title: string, tenths: number, declaredOn: string) => `${title}（${hours(tenths)}），${declaredOn} 申报，本机仍记为审核中`,
  approvedOnLabel: '平台显示的审核通过日期',
  approve: '改为审核通过',
  approvedNow: (title: string, date: string) => `已将“${title}”记为 ${date} 审核通过，学时已计入。`,
  approveFailed: '没有改为审核通过',
  approveProblems: {
    empty: '请填写平台显示的审核通过日期',
    invalid: '请填写真实的日期，格式如 2025-11-28',
    notPending: '这条记录已不在审核中',
  } satisfies Record<ApproveDateProblem, string>,
} as const;
