import { strFromU8, unzipSync } from 'fflate';
import { checkEvidenceFile, type EvidenceType } from '../evidence/fileType';
import { entrySchema, type Entry } from '../schemas/entry';
import type { Profile } from '../schemas/profile';
import { BACKUP_LIMITS, backupManifestSchema, MANIFEST_NAME } from './format';
import { migrateManifest } from './migrate';
import { parseUntrustedJson } from './safeJson';

export interface BackupEntry {
  entry: Entry;
  createdAt: string;
  updatedAt: string;
}

export interface BackupEvidence {
  id: string;
  entryId: string;
  name: string;
  type: EvidenceType;
  size: number;
  addedAt: string;
  data: Uint8Array;
}

/** A backup that passed every check: safe to show as a preview and to restore. */
export interface Backup {
  exportedAt: string;
  appVersion: string;
  profile: Profile;
  entries: BackupEntry[];
  evidence: BackupEvidence[];
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; message: string };

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads a backup file completely before anything is written: size caps, the
 * zip, the manifest (safe JSON, migrated, schema), every entry, every evidence
 * file's real type and size, and the links between them. Any problem refuses
 * the whole file with a Chinese message; nothing here throws.
 */
export function readBackup(bytes: Uint8Array): BackupResult {
  if (bytes.byteLength > BACKUP_LIMITS.fileBytes) {
    return { ok: false, message: `文件有 ${megabytes(bytes.byteLength)}，超过备份文件上限 ${megabytes(BACKUP_LIMITS.fileBytes)}` };
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: '这不是学时簿的备份文件（不是 zip 文件）' };

  let files: Record<string, Uint8Array>;
  let unpacked = 0;
  let refusal: string | undefined;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        unpacked += file.originalSize;
        const limit = file.name === MANIFEST_NAME ? BACKUP_LIMITS.manifestBytes : BACKUP_LIMITS.evidenceBytes;
        if (file.originalSize > limit) refusal ??= `备份中的“${file.name}”过大，已拒绝导入`;
        if (unpacked > BACKUP_LIMITS.totalUnpackedBytes) refusal ??= '备份解压后过大，已拒绝导入';
        return refusal === undefined;
      },
    });
  } catch {
    return { ok: false, message: '备份文件已损坏，无法解压' };
  }
  if (refusal !== undefined) return { ok: false, message: refusal };
  const manifestBytes = files[MANIFEST_NAME];
  if (!manifestBytes) return { ok: false, message: '这不是学时簿的备份文件（缺少 backup.json）' };

  let manifestText: string;
  try {
    manifestText = strFromU8(manifestBytes);
  } catch {
    return { ok: false, message: 'backup.json 不是有效的文本' };
  }
  const json = parseUntrustedJson(manifestText);
  if (!json.ok) return json;
  const migrated = migrateManifest(json.value);
  if (!migrated.ok) return migrated;
  const parsed = backupManifestSchema.safeParse(migrated.manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `备份内容不完整或有误：${issue?.path.join('.') || '（根）'} ${issue?.message ?? ''}`.trim() };
  }
  const manifest = parsed.data;

  const entries: BackupEntry[] = [];
  const entryIds = new Set<string>();
  for (const [index, item] of manifest.entries.entries()) {
    const entry = entrySchema.safeParse(item);
    if (!entry.success) return { ok: false, message: `第 ${index + 1} 条记录有误：${entry.error.issues[0]?.message ?? ''}` };
    if (entryIds.has(entry.data.id)) return { ok: false, message: `备份中有重复的记录编号“${entry.data.id}”` };
    entryIds.add(entry.data.id);
    entries.push({ entry: entry.data, createdAt: item.createdAt, updatedAt: item.updatedAt });
  }

  const evidence: BackupEvidence[] = [];
  const evidenceIds = new Set<string>();
  for (const record of manifest.evidence) {
    if (evidenceIds.has(record.id)) return { ok: false, message: `备份中有重复的凭证编号“${record.id}”` };
    evidenceIds.add(record.id);
    if (!entryIds.has(record.entryId)) return { ok: false, message: `凭证“${record.name}”所属的记录不在备份中` };
    const data = files[record.path];
    if (!data) return { ok: false, message: `凭证“${record.name}”的文件不在备份中` };
    if (data.byteLength !== record.size) return { ok: false, message: `凭证“${record.name}”的大小与记录不符，文件可能已损坏` };
    const check = checkEvidenceFile({ name: record.name, size: data.byteLength }, data.subarray(0, 16));
    if (!check.ok) return { ok: false, message: check.message };
    if (check.type !== record.type) return { ok: false, message: `凭证“${record.name}”声称是 ${record.type}，实际内容不符` };
    const { path: _path, ...meta } = record;
    evidence.push({ ...meta, data });
  }

  return { ok: true, backup: { exportedAt: manifest.exportedAt, appVersion: manifest.appVersion, profile: manifest.profile, entries, evidence } };
}
