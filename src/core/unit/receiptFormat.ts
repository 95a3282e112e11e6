import * as z from 'zod/mini';
import { isRealTimestamp } from '../backup/format';
import { issueMessage, trimStop, type SchemaIssue } from '../backup/messages';
import { addDays } from '../calendar/days';
import { acceptEntry, problemsText } from '../entries/acceptEntry';
import { MAX_ENTRIES } from '../limits';
import type { Entry } from '../schemas/entry';
import { isoDateField } from '../schemas/isoDate';
import { profileSchema } from '../schemas/profile';
import { UNIT_DECISIONS } from '../unitVocabulary';
import { readExchangeJson, SAFE_ID_PATTERN } from './handoverFormat';
import { normalName } from './people';
import { RECEIPT_NAME, unitFileMessages as say } from './unitMessages';

/** Identifies a 回执 file (the unit's review decisions for one person), whatever its version. */
export const RECEIPT_FORMAT = 'xueshibu-unit-receipt';
export const RECEIPT_VERSION = 1;

export const RECEIPT_LIMITS = { textChars: 8 * 1024 * 1024, decisions: MAX_ENTRIES } as const;

const reasonText = z.string('退回原因须为文本').check(z.trim(), z.maxLength(500, '退回原因不能超过 500 字'));

/**
 * The unit's own record of its review of one declaration (通知五（四）): 通过
 * on a date, or 退回 on a date with a reason. It is the unit's record, not the
 * platform's: the platform stays the authority. `declaredOn` names the
 * declaration it answers, so a decision about an earlier round never lands
 * on a later one.
 */
export const unitDecisionSchema = z
  .strictObject({
    entryId: z.string('记录编号须为文本').check(z.regex(SAFE_ID_PATTERN, '记录编号只能由字母、数字和 . _ - 组成（1–100 个字符，不以 . 开头）')),
    declaredOn: isoDateField('申报日期'),
    decision: z.enum(UNIT_DECISIONS, '审核结果须为通过或退回'),
    decidedOn: isoDateField('审核日期'),
    reason: z.optional(reasonText),
  })
  .check(
    z.superRefine((value, ctx) => {
      const fail = (path: string, message: string) => ctx.issues.push({ code: 'custom', path: [path], message, input: value });
      if (value.decision === 'returned' && (value.reason ?? '') === '') fail('reason', '退回时请填写退回原因');
      if (value.decision === 'approved' && value.reason !== undefined) fail('reason', '通过的审核结果不带退回原因');
      if (value.decidedOn < value.declaredOn) fail('decidedOn', '审核日期不能早于申报日期');
    }),
  );

export type UnitDecision = z.infer<typeof unitDecisionSchema>;

export type DecisionCheck = { ok: true; decision: UnitDecision } | { ok: false; field: string; message: string };

/** HR's decision as typed, checked: a real date between the declaration and today, a reason for 退回. Pure; nothing is stored here. */
export function checkDecision(input: unknown, today: string): DecisionCheck {
  const parsed = unitDecisionSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, field: String(issue?.path[0] ?? 'decision'), message: issue === undefined ? '审核结果有误' : /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : issueMessage(issue as SchemaIssue) };
  }
  if (parsed.data.decidedOn > today) return { ok: false, field: 'decidedOn', message: '审核日期不能晚于今天' };
  return { ok: true, decision: parsed.data };
}

const timestamp = z.string('导出时间须为文本').check(z.refine(isRealTimestamp, '导出时间不是真实的时刻（须为 YYYY-MM-DDTHH:MM:SSZ）'));

/** Whom the receipt is for, as the unit knows them (the same fields as the handover's person, no 职称 or 专业 needed). */
export const receiptPersonSchema = z.strictObject({
  name: z.string('缺少姓名').check(z.trim(), z.minLength(1, '缺少姓名'), z.maxLength(40, '姓名不能超过 40 字')),
  staffNumber: profileSchema.shape.staffNumber,
  idNumber: profileSchema.shape.idNumber,
  department: profileSchema.shape.department,
});

export type ReceiptPerson = z.infer<typeof receiptPersonSchema>;

/** The 回执 file, version 1. */
export const receiptFileSchema = z.strictObject({
  format: z.literal(RECEIPT_FORMAT),
  version: z.literal(RECEIPT_VERSION),
  exportedAt: timestamp,
  exportedOn: isoDateField('导出日期'),
  appVersion: z.string('应用版本须为文本').check(z.maxLength(40)),
  /** The unit as HR named it (optional). */
  unitName: z.optional(z.string('单位名称须为文本').check(z.trim(), z.maxLength(100, '单位名称不能超过 100 字'))),
  person: receiptPersonSchema,
  decisions: z.array(unitDecisionSchema).check(z.maxLength(RECEIPT_LIMITS.decisions, `审核结果超过 ${MAX_ENTRIES} 条`)),
});

export type ReceiptFile = z.infer<typeof receiptFileSchema>;

export type ReceiptBuild = { ok: true; file: ReceiptFile; text: string } | { ok: false; message: string };
export type ReceiptRead = { ok: true; receipt: ReceiptFile } | { ok: false; message: string };

function decisionProblem(decisions: readonly UnitDecision[], exportedOn: string): string | undefined {
  const seen = new Set<string>();
  for (const [index, decision] of decisions.entries()) {
    if (seen.has(decision.entryId)) return say.duplicateDecision(decision.entryId);
    seen.add(decision.entryId);
    if (decision.decidedOn > exportedOn) return say.decidedAfterExport(index + 1);
  }
  return undefined;
}

/** The 回执 for one person: the unit's decisions on their declarations. Pure; refused with a message when a decision is wrong. */
export function buildReceipt(
  person: ReceiptPerson,
  decisions: readonly UnitDecision[],
  options: { unitName?: string; appVersion: string },
  now: { exportedAt: string; today: string },
): ReceiptBuild {
  const file = {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    exportedAt: now.exportedAt,
    exportedOn: now.today,
    appVersion: options.appVersion,
    ...(options.unitName !== undefined && options.unitName.trim() !== '' ? { unitName: options.unitName.trim() } : {}),
    person,
    decisions: [...decisions],
  };
  const parsed = receiptFileSchema.safeParse(file);
  if (!parsed.success) return { ok: false, message: `${RECEIPT_NAME}有误：${schemaMessage(parsed.error.issues[0] as SchemaIssue | undefined)}` };
  const problem = decisionProblem(parsed.data.decisions, parsed.data.exportedOn);
  if (problem !== undefined) return { ok: false, message: problem };
  return { ok: true, file: parsed.data, text: JSON.stringify(parsed.data, null, 1) };
}

function schemaMessage(issue: SchemaIssue | undefined): string {
  if (issue === undefined) return '无法识别';
  const path = issue.path.map((part) => (part === 'decisions' ? '审核结果' : part === 'person' ? 'profile' : part));
  return issueMessage({ ...issue, path });
}

/** Reads a 回执 without trusting it; never throws: the checked receipt, or one Chinese message at the cause. */
export function readReceipt(text: string): ReceiptRead {
  const json = readExchangeJson(text, RECEIPT_FORMAT, RECEIPT_VERSION, RECEIPT_NAME, RECEIPT_LIMITS.textChars);
  if (!json.ok) return json;
  const raw = json.value as Record<string, unknown>;
  if (Array.isArray(raw['decisions']) && raw['decisions'].length > RECEIPT_LIMITS.decisions) return { ok: false, message: say.tooManyEntries(raw['decisions'].length) };
  const parsed = receiptFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `${RECEIPT_NAME}内容不完整或有误：${trimStop(schemaMessage(parsed.error.issues[0] as SchemaIssue | undefined))}` };
  const receipt = parsed.data;
  const utcDay = receipt.exportedAt.slice(0, 10);
  if (receipt.exportedOn < addDays(utcDay, -1) || receipt.exportedOn > addDays(utcDay, 1)) return { ok: false, message: say.exportedOnMismatch };
  const problem = decisionProblem(receipt.decisions, receipt.exportedOn);
  if (problem !== undefined) return { ok: false, message: problem };
  return { ok: true, receipt };
}

/** Why a decision of the receipt is not applied: the device's own record is kept, as a restore's merge keeps the device's version. */
export type ReceiptConflictReason =
  /** The entry was declared again since (another declaration date): the decision answers an earlier round. */
  | 'declaredAgain'
  /** The entry is not declared on this device. */
  | 'notDeclared'
  /** This device already records another review result for that declaration. */
  | 'alreadyReviewed'
  /** The entry gate refuses the result (e.g. a date after today on this device). */
  | 'refused';

export interface ReceiptChange {
  entryId: string;
  title: string;
  decision: UnitDecision;
  before: Entry;
  /** The entry as it would be stored: it passed the entry gate. */
  after: Entry;
}

export interface ReceiptConflict {
  entryId: string;
  title: string;
  decision: UnitDecision;
  reason: ReceiptConflictReason;
  /** The gate's words, for `refused`. */
  message?: string;
}

export interface ReceiptPlan {
  changes: ReceiptChange[];
  /** Already so on this device: nothing to write. */
  identical: { entryId: string; title: string }[];
  /** Not on this device (deleted since, or another person's). */
  unknown: UnitDecision[];
  conflicts: ReceiptConflict[];
  /** The receipt names someone other than this device's profile (only said when the profile has a name). */
  otherPerson: boolean;
}

/** The entry with the unit's decision applied to its current declaration. */
function applied(entry: Entry, decision: UnitDecision): Entry {
  if (decision.decision === 'approved') return { ...entry, status: 'employerApproved', employerApprovedOn: decision.decidedOn };
  return { ...entry, status: 'returned', returnedOn: decision.decidedOn, returnedBy: 'employer', returnReason: decision.reason ?? '' };
}

/** Whether the device already holds this decision (on the current declaration, or on a returned round kept when declaring again). */
function alreadyHolds(entry: Entry, decision: UnitDecision): boolean {
  if (decision.decision === 'approved') {
    return entry.declaredOn === decision.declaredOn && (entry.status === 'employerApproved' || entry.status === 'approved') && entry.employerApprovedOn === decision.decidedOn;
  }
  const current = entry.declaredOn === decision.declaredOn && entry.status === 'returned' && entry.returnedBy === 'employer' && entry.returnedOn === decision.decidedOn && entry.returnReason === decision.reason;
  const earlier = (entry.previousRounds ?? []).some(
    (round) => round.declaredOn === decision.declaredOn && round.returnedBy === 'employer' && round.returnedOn === decision.decidedOn && round.reason === decision.reason,
  );
  return current || earlier;
}

/**
 * What importing a 回执 would do, before anything is written. Like a restore's
 * merge, it never overwrites what this device records: only an entry still
 * waiting for the 用人单位 on the very declaration the decision answers
 * changes (and only if the entry gate accepts the result on `today`); an entry
 * already reviewed, declared again, or not declared is a conflict, kept as it
 * is; an entry not on this device is unknown.
 */
export function planReceipt(receipt: ReceiptFile, entries: readonly Entry[], context: { today: string; profileName?: string | undefined }): ReceiptPlan {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const plan: ReceiptPlan = { changes: [], identical: [], unknown: [], conflicts: [], otherPerson: false };
  const profileName = normalName(context.profileName ?? '');
  plan.otherPerson = profileName !== '' && profileName !== normalName(receipt.person.name);
  for (const decision of receipt.decisions) {
    const entry = byId.get(decision.entryId);
    if (entry === undefined) {
      plan.unknown.push(decision);
      continue;
    }
    const conflict = (reason: ReceiptConflictReason, message?: string) =>
      plan.conflicts.push({ entryId: entry.id, title: entry.title, decision, reason, ...(message === undefined ? {} : { message }) });
    if (alreadyHolds(entry, decision)) plan.identical.push({ entryId: entry.id, title: entry.title });
    else if (entry.status === 'notDeclared') conflict('notDeclared');
    else if (entry.declaredOn !== decision.declaredOn) conflict('declaredAgain');
    else if (entry.status !== 'declared') conflict('alreadyReviewed');
    else {
      const verdict = acceptEntry(applied(entry, decision), { today: context.today, stored: entries.length - 1 });
      if (verdict.ok) plan.changes.push({ entryId: entry.id, title: entry.title, decision, before: entry, after: verdict.entry });
      else conflict('refused', problemsText(verdict.problems));
    }
  }
  return plan;
}
