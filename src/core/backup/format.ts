import * as z from 'zod/mini';
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
  entries: 100_000,
  evidenceFiles: 10_000,
  evidenceBytes: 10 * 1024 * 1024,
  totalUnpackedBytes: 1024 * 1024 * 1024,
} as const;

const timestamp = z.string('时间戳须为文本').check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, '时间戳格式不正确'));

/** An evidence file's record in the manifest; its bytes are the zip entry at `path`. */
export const evidenceRecordSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  entryId: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  type: z.enum(EVIDENCE_TYPES),
  size: z.int().check(z.gte(1), z.lte(BACKUP_LIMITS.evidenceBytes)),
  addedAt: timestamp,
  /** Where the bytes are inside the zip: evidence/<id>. */
  path: z.string().check(z.regex(/^evidence\/[A-Za-z0-9._-]{1,100}$/, '凭证文件路径不正确')),
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
