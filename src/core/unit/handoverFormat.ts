import * as z from 'zod/mini';
import { BACKUP_FORMAT, EVIDENCE_ID_PATTERN, isRealTimestamp } from '../backup/format';
import { hoursProblem, issueMessage, trimStop, type SchemaIssue } from '../backup/messages';
import { parseUntrustedJson } from '../backup/safeJson';
import { addDays } from '../calendar/days';
import { acceptEntry, problemsText } from '../entries/acceptEntry';
import { countedYear } from '../entries/countedYear';
import { checkEvidenceFile, EVIDENCE_TYPES, MAX_EVIDENCE_BYTES, type EvidenceMeta } from '../evidence/fileType';
import { EARLIEST_DATE, LATEST_DATE, MAX_ENTRIES } from '../limits';
import type { Entry } from '../schemas/entry';
import { isoDateField } from '../schemas/isoDate';
import { profileSchema, type Profile } from '../schemas/profile';
import { base64Length, decodeBase64, encodeBase64 } from './base64';
import { HANDOVER_NAME, unitFileMessages as say } from './unitMessages';

/** Identifies a 导出给单位 file, whatever its version. */
export const HANDOVER_FORMAT = 'xueshibu-handover';
/** The version this app writes and the newest it reads. */
export const HANDOVER_VERSION = 1;

const MB = 1024 * 1024;

/** What a handover file may hold; beyond it the file is refused before its entries are read. */
export const HANDOVER_LIMITS = {
  /** The whole text (entries at the log's limit fit in a few MB; evidence is base64, a third larger than its bytes). */
  textChars: 40 * MB,
  entries: MAX_ENTRIES,
  /** Every year of the log's span (2000–2100). */
  years: 101,
  evidenceFiles: 100,
  /** Each evidence file: the log's own limit. */
  evidenceBytes: MAX_EVIDENCE_BYTES,
  /** All evidence files together, so a file handed over by 微信 or e-mail stays sendable. */
  totalEvidenceBytes: 20 * MB,
} as const;

/** The alphabet of an id read from a file (the backup's evidence-id alphabet): it may become a key or a path. */
export const SAFE_ID_PATTERN = EVIDENCE_ID_PATTERN;

const timestamp = z
  .string({ error: (issue) => (issue.input === undefined ? '缺少导出时间' : '导出时间须为文本') })
  .check(z.refine(isRealTimestamp, '导出时间不是真实的时刻（须为 YYYY-MM-DDTHH:MM:SSZ）'));

/** The person as the unit needs them: name (required), and whatever the profile holds of 工作单位, 职称, 专业, 工号, 证件号码, 科室. The phone number stays on the device. */
export const handoverPersonSchema = z.strictObject({
  ...z.omit(profileSchema, { phone: true }).shape,
  name: z.string('缺少姓名').check(z.trim(), z.minLength(1, '缺少姓名'), z.maxLength(40, '姓名不能超过 40 字')),
});

export type HandoverPerson = z.infer<typeof handoverPersonSchema>;

/** One evidence file, listed with its metadata and carried as base64 (only when the person ticked it). */
export const handoverEvidenceSchema = z.strictObject({
  id: z.string('凭证编号须为文本').check(z.regex(EVIDENCE_ID_PATTERN, '凭证编号只能由字母、数字和 . _ - 组成（1–100 个字符，不以 . 开头）')),
  entryId: z.string('凭证所属记录编号须为文本').check(z.minLength(1), z.maxLength(100)),
  name: z.string('凭证文件名须为文本').check(z.minLength(1), z.maxLength(255)),
  type: z.enum(EVIDENCE_TYPES, '凭证文件类型不是本站能读取的图片或 PDF'),
  size: z.int('凭证大小须为整数').check(z.gte(1), z.lte(HANDOVER_LIMITS.evidenceBytes, '单个凭证文件过大')),
  addedAt: timestamp,
  /** The file's bytes, standard padded base64. */
  data: z.string('凭证内容须为文本'),
});

const year = z.int('年度须为整数').check(z.gte(Number(EARLIEST_DATE.slice(0, 4)), '年度不在 2000–2100 年内'), z.lte(Number(LATEST_DATE.slice(0, 4)), '年度不在 2000–2100 年内'));

/**
 * The file, version 1. Entries are checked one by one through the entry gate
 * after this (as a backup's are), so the schema only says they are objects.
 */
export const handoverFileSchema = z.strictObject({
  format: z.literal(HANDOVER_FORMAT),
  version: z.literal(HANDOVER_VERSION),
  exportedAt: timestamp,
  /** The device's calendar day of exportedAt: no date in the file may be after it. */
  exportedOn: isoDateField('导出日期'),
  appVersion: z.string('应用版本须为文本').check(z.maxLength(40)),
  /** The years the person chose, ascending. */
  years: z.array(year).check(z.minLength(1, '文件没有选定年度'), z.maxLength(HANDOVER_LIMITS.years, '年度过多')),
  person: handoverPersonSchema,
  /** Whether the person ticked 附凭证文件; without it `evidence` is empty. */
  includesEvidence: z.boolean('是否附凭证须为 true 或 false'),
  entries: z.array(z.looseObject({})).check(z.maxLength(HANDOVER_LIMITS.entries, `记录超过 ${MAX_ENTRIES} 条`)),
  evidence: z.array(handoverEvidenceSchema).check(z.maxLength(HANDOVER_LIMITS.evidenceFiles, `凭证文件超过 ${HANDOVER_LIMITS.evidenceFiles} 个`)),
});

export type HandoverFile = z.infer<typeof handoverFileSchema>;

/** A handover file read and checked: every entry passed the entry gate as of its export day. */
export interface Handover {
  exportedAt: string;
  exportedOn: string;
  appVersion: string;
  years: number[];
  person: HandoverPerson;
  includesEvidence: boolean;
  entries: Entry[];
  evidence: (EvidenceMeta & { data: Uint8Array })[];
}

export type HandoverRead = { ok: true; handover: Handover } | { ok: false; message: string };

export interface HandoverOptions {
  /** The person ticked 附凭证文件: the evidence given goes in (of the chosen entries only). */
  includeEvidence: boolean;
  evidence?: readonly (EvidenceMeta & { data: Uint8Array })[];
  appVersion: string;
}

/** When the file is made: the instant (ISO, UTC) and the device's calendar day. */
export interface HandoverNow {
  exportedAt: string;
  today: string;
}

export type HandoverBuild = { ok: true; file: HandoverFile; text: string } | { ok: false; message: string };

/** What the unit never needs: the person's own notes stay on the device. */
function forTheUnit(entry: Entry): Entry {
  const { notes: _notes, ...rest } = entry;
  return rest;
}

/**
 * Entry ids as they go into the file: an id outside the safe alphabet (left
 * by an older backup that trusted ids) gets `entry-<n>`, so every file written
 * can be read; the unit's 回执 for such an entry is then shown as unknown.
 */
function safeEntryIds(entries: readonly Entry[]): Entry[] {
  const taken = new Set(entries.map((entry) => entry.id));
  let counter = 0;
  return entries.map((entry) => {
    if (SAFE_ID_PATTERN.test(entry.id)) return entry;
    let id: string;
    do {
      counter += 1;
      id = `entry-${counter}`;
    } while (taken.has(id));
    taken.add(id);
    return { ...entry, id };
  });
}

/**
 * The file for the unit: the person's name and unit fields (no phone), the
 * entries counted in the chosen years (by the one year-of-entry rule) with
 * their states and declaration rounds, and evidence only when ticked. Pure;
 * refused with a message when there is no name, no year, or too much evidence.
 */
export function buildHandover(profile: Profile, entries: readonly Entry[], years: readonly number[], options: HandoverOptions, now: HandoverNow): HandoverBuild {
  const name = (profile.name ?? '').trim();
  if (name === '') return { ok: false, message: say.nameFirst };
  if (years.length === 0) return { ok: false, message: say.chooseYears };
  for (const chosen of years) {
    if (!year.safeParse(chosen).success) return { ok: false, message: say.yearOutOfRange(chosen) };
  }
  if (!isRealTimestamp(now.exportedAt)) return { ok: false, message: say.badNow };
  const chosenYears = [...new Set(years)].sort((a, b) => a - b);
  const wanted = new Set(chosenYears);
  const picked = entries.filter((entry) => wanted.has(countedYear(entry)));
  const chosen = safeEntryIds(picked.map(forTheUnit));
  const renamed = new Map(picked.map((entry, index) => [entry.id, chosen[index]?.id ?? entry.id]));
  const evidence = options.includeEvidence
    ? (options.evidence ?? []).flatMap((item) => {
        const entryId = renamed.get(item.entryId);
        return entryId === undefined ? [] : [{ ...item, entryId }];
      })
    : [];
  if (evidence.length > HANDOVER_LIMITS.evidenceFiles) return { ok: false, message: say.evidenceCount(HANDOVER_LIMITS.evidenceFiles) };
  if (evidence.reduce((sum, item) => sum + item.data.byteLength, 0) > HANDOVER_LIMITS.totalEvidenceBytes) {
    return { ok: false, message: say.evidenceTotal(HANDOVER_LIMITS.totalEvidenceBytes) };
  }
  const { phone: _phone, ...person } = profile;
  const file: HandoverFile = {
    format: HANDOVER_FORMAT,
    version: HANDOVER_VERSION,
    exportedAt: now.exportedAt,
    exportedOn: now.today,
    appVersion: options.appVersion,
    years: chosenYears,
    person: { ...person, name },
    includesEvidence: options.includeEvidence,
    entries: chosen,
    evidence: evidence.map(({ data, ...meta }) => ({ ...meta, size: data.byteLength, data: encodeBase64(data) })),
  };
  const text = JSON.stringify(file, null, 1);
  // What is written must read back: the file is checked by its own reader before it is offered.
  const check = readHandover(text);
  return check.ok ? { ok: true, file, text } : check;
}

function schemaMessage(issue: SchemaIssue | undefined): string {
  if (issue === undefined) return '无法识别';
  return issueMessage({ ...issue, path: issue.path.map((part) => (part === 'person' ? 'profile' : part === 'years' ? '年度' : part)) });
}

/**
 * What the header of an exchange file says it is: the right format and a
 * version this app reads, or the message why not (a backup, another file, a
 * newer version). Shared by the handover and the receipt readers.
 */
export function checkExchangeHeader(value: unknown, format: string, version: number, name: string): { ok: true } | { ok: false; message: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: say.notJson(name) };
  const header = value as Record<string, unknown>;
  if (header['format'] === BACKUP_FORMAT) return { ok: false, message: say.backup(name) };
  if (header['format'] !== format) return { ok: false, message: say.otherFormat(name) };
  const found = header['version'];
  if (typeof found === 'number' && Number.isInteger(found) && found > version) return { ok: false, message: say.newerVersion(name, found, version) };
  if (found !== version) return { ok: false, message: say.badVersion(name) };
  return { ok: true };
}

/**
 * The first steps of reading any exchange file: size, not a zip, safe JSON,
 * the right format and version. Then the caller's schema.
 */
export function readExchangeJson(text: string, format: string, version: number, name: string, maxChars: number): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.length > maxChars) return { ok: false, message: say.tooLarge(name, maxChars) };
  if (text.startsWith('PK')) return { ok: false, message: say.zip(name) };
  if (!text.trimStart().startsWith('{')) return { ok: false, message: say.notJson(name) };
  const json = parseUntrustedJson(text, name);
  if (!json.ok) return json;
  const header = checkExchangeHeader(json.value, format, version, name);
  return header.ok ? json : header;
}

/**
 * Reads a 导出给单位 file without trusting it: never throws; either the checked
 * data, or one Chinese message at the first cause (wrong file, newer version,
 * a bad date, impossible hours, too many entries, a duplicate or unsafe id, an
 * entry outside the chosen years, evidence that does not match its listing).
 * Every entry passes the entry gate as of the file's export day.
 */
export function readHandover(text: string): HandoverRead {
  const json = readExchangeJson(text, HANDOVER_FORMAT, HANDOVER_VERSION, HANDOVER_NAME, HANDOVER_LIMITS.textChars);
  if (!json.ok) return json;
  const raw = json.value as Record<string, unknown>;
  if (Array.isArray(raw['entries']) && raw['entries'].length > HANDOVER_LIMITS.entries) return { ok: false, message: say.tooManyEntries(raw['entries'].length) };
  const parsed = handoverFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: `${HANDOVER_NAME}内容不完整或有误：${schemaMessage(parsed.error.issues[0] as SchemaIssue | undefined)}` };
  const file = parsed.data;
  const utcDay = file.exportedAt.slice(0, 10);
  // The device's day is the UTC day or the one either side of it (every time zone is within 14 hours of UTC).
  if (file.exportedOn < addDays(utcDay, -1) || file.exportedOn > addDays(utcDay, 1)) return { ok: false, message: say.exportedOnMismatch };
  const years = new Set<number>();
  for (const chosen of file.years) {
    if (years.has(chosen)) return { ok: false, message: say.duplicateYear(chosen) };
    years.add(chosen);
  }

  const entries: Entry[] = [];
  const ids = new Set<string>();
  for (const [index, item] of file.entries.entries()) {
    const number = index + 1;
    const hours = hoursProblem(item['hoursTenths']);
    if (hours !== undefined) return { ok: false, message: say.entry(number, hours) };
    const verdict = acceptEntry(item, { today: file.exportedOn, stored: index });
    if (!verdict.ok) return { ok: false, message: say.entry(number, trimStop(problemsText(verdict.problems))) };
    const entry = verdict.entry;
    if (!SAFE_ID_PATTERN.test(entry.id)) return { ok: false, message: say.unsafeId(number) };
    if (ids.has(entry.id)) return { ok: false, message: say.duplicateId(entry.id) };
    ids.add(entry.id);
    const counted = countedYear(entry);
    if (!years.has(counted)) return { ok: false, message: say.entryOutsideYears(number, counted) };
    entries.push(entry);
  }

  if (!file.includesEvidence && file.evidence.length > 0) return { ok: false, message: say.evidenceNotIncluded };
  const evidence: Handover['evidence'] = [];
  const evidenceIds = new Set<string>();
  let total = 0;
  for (const item of file.evidence) {
    if (evidenceIds.has(item.id)) return { ok: false, message: say.evidenceDuplicate(item.id) };
    evidenceIds.add(item.id);
    if (!ids.has(item.entryId)) return { ok: false, message: say.evidenceEntry(item.name) };
    if (item.data.length % 4 !== 0) return { ok: false, message: say.evidenceBody(item.name) };
    // Sizes are checked before anything is decoded.
    if (base64Length(item.data) !== item.size) return { ok: false, message: say.evidenceSize(item.name) };
    total += item.size;
    if (total > HANDOVER_LIMITS.totalEvidenceBytes) return { ok: false, message: say.evidenceTotal(HANDOVER_LIMITS.totalEvidenceBytes) };
    const data = decodeBase64(item.data);
    if (data === null) return { ok: false, message: say.evidenceBody(item.name) };
    const check = checkEvidenceFile({ name: item.name, size: data.byteLength }, data.subarray(0, 16));
    if (!check.ok) return { ok: false, message: check.message };
    if (check.type !== item.type) return { ok: false, message: say.evidenceType(item.name, item.type) };
    const { data: _text, ...meta } = item;
    evidence.push({ ...meta, data });
  }

  return {
    ok: true,
    handover: {
      exportedAt: file.exportedAt,
      exportedOn: file.exportedOn,
      appVersion: file.appVersion,
      years: [...years].sort((a, b) => a - b),
      person: file.person,
      includesEvidence: file.includesEvidence,
      entries,
      evidence,
    },
  };
}
