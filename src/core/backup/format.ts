import * as z from 'zod/mini';
import { MAX_ENTRIES } from '../limits';
import { isRealIsoDate } from '../calendar/days';
import { EVIDENCE_TYPES } from '../evidence/fileType';
import { profileSchema } from '../schemas/profile';

/** Identifies a 学时簿 backup, whatever its version. */
export const BACKUP_FORMAT = 'xueshibu-backup';
/** The version this app writes; older ones are migrated step by step on restore. */
export const BACKUP_VERSION = 2;
/** The manifest's name inside the zip. */
export const MANIFEST_NAME = 'backup.json';

/** Limits on a file to restore; beyond them it is refused before it is unpacked. */
export const BACKUP_LIMITS = {
  fileBytes: 150 * 1024 * 1024,
  manifestBytes: 64 * 1024 * 1024,
  entries: MAX_ENTRIES,
  evidenceFiles: 10_000,
  evidenceBytes: 10 * 1024 * 1024,
  totalUnpackedBytes: 1024 * 1024 * 1024,
} as const;

/**
 * An evidence id: the same alphabet as its zip path, never starting with a dot
 * (so no id can be "." or ".."). Ids become zip paths, so only ids of this
 * shape are read from a backup and only ids of this shape are written to one.
 */
export const EVIDENCE_ID_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

export function isEvidenceId(id: string): boolean {
  return EVIDENCE_ID_PATTERN.test(id);
}

/** The file extension of each evidence type, so a file taken out of a backup zip opens as what it is. */
export const EVIDENCE_EXTENSIONS: Record<(typeof EVIDENCE_TYPES)[number], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

/**
 * Where an evidence file's bytes live in the zip: evidence/<id>.<ext>. Only
 * for ids that passed isEvidenceId. Backups written before the extension was
 * added name it evidence/<id>; the reader follows each record's `path`, so both read.
 */
export function evidencePath(id: string, type?: (typeof EVIDENCE_TYPES)[number]): string {
  if (!isEvidenceId(id)) throw new RangeError('evidence id outside the zip path alphabet');
  return type === undefined ? `evidence/${id}` : `evidence/${id}.${EVIDENCE_EXTENSIONS[type]}`;
}

const TIMESTAMP_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;

/** A UTC instant as toISOString writes it, that exists: 2025-02-30 or 25:00 are refused. */
export function isRealTimestamp(value: string): boolean {
  const match = TIMESTAMP_PATTERN.exec(value);
  if (!match) return false;
  const [, date = '', hour, minute, second] = match;
  return isRealIsoDate(date) && Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59;
}

const timestamp = z.string({ error: (issue) => (issue.input === undefined ? '缺少时间戳' : '时间戳须为文本') }).check(z.refine(isRealTimestamp, '时间戳不是真实的时刻（须为 YYYY-MM-DDTHH:MM:SSZ）'));

/** An evidence file's record in the manifest; its bytes are the zip entry at `path`. */
export const evidenceRecordSchema = z.strictObject({
  id: z.string('凭证编号须为文本').check(z.regex(EVIDENCE_ID_PATTERN, '凭证编号只能由字母、数字和 . _ - 组成（1–100 个字符，不以 . 开头）')),
  entryId: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  type: z.enum(EVIDENCE_TYPES),
  size: z.int().check(z.gte(1), z.lte(BACKUP_LIMITS.evidenceBytes)),
  addedAt: timestamp,
  /** Where the bytes are inside the zip: evidence/<id>. */
  path: z.string('凭证文件路径须为文本').check(z.regex(/^evidence\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/, '凭证文件路径不正确')),
});

/** backup.json, version 2 (version 1 had no declaration lifecycle; see migrate.ts). Entries are checked against the entry schema separately, item by item. */
export const backupManifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  appVersion: z.string().check(z.maxLength(40)),
  profile: profileSchema,
  entries: z.array(z.looseObject({ createdAt: timestamp, updatedAt: timestamp })).check(z.maxLength(BACKUP_LIMITS.entries, `记录超过 ${BACKUP_LIMITS.entries} 条`)),
  evidence: z.array(evidenceRecordSchema).check(z.maxLength(BACKUP_LIMITS.evidenceFiles, `凭证文件超过 ${BACKUP_LIMITS.evidenceFiles} 个`)),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;
