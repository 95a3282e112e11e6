import { checkEvidenceFile, type EvidenceMeta } from '../evidence/fileType';
import { earlyDateProblems } from '../entries/acceptEntry';
import { entrySchema, type Entry } from '../schemas/entry';
import type { Profile } from '../schemas/profile';
import { BACKUP_LIMITS, backupManifestSchema, MANIFEST_NAME } from './format';
import { hoursProblem, issueMessage, trimStop, type SchemaIssue } from './messages';
import { migrateManifest } from './migrate';
import { parseUntrustedJson } from './safeJson';
import { bytesAsMegabytes, sizeInWords } from '../text/sizeWords';
import { inflateMember, listZip } from './zipReader';

const HAN = /[\u4e00-\u9fff]/;

export interface BackupEntry {
  entry: Entry;
  createdAt: string;
  updatedAt: string;
}

/** An evidence file of a backup: its record and its bytes. */
export interface BackupEvidence extends EvidenceMeta {
  data: Uint8Array;
}

/** A backup that passed every check: safe to show as a preview and to restore. */
export interface Backup {
  exportedAt: string;
  appVersion: string;
  profile: Profile;
  entries: BackupEntry[];
  evidence: BackupEvidence[];
  /** What bringing an older backup up to this version changed, for the person to read before restoring. */
  migrationNotes?: string[];
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; message: string };


export interface ReadOptions {
  /** Called now and then with the share of the file read so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/**
 * Reads a backup file completely before anything is written: size caps, the
 * zip (every member inflated under a running byte count and checked against
 * its CRC-32), the manifest (strict UTF-8, safe JSON, migrated, schema), every
 * entry, every evidence file's real type and size, and the links between them.
 * Any problem refuses the whole file with a Chinese message (no final 。);
 * nothing here throws.
 */
export function readBackup(bytes: Uint8Array, options: ReadOptions = {}): BackupResult {
  if (bytes.byteLength > BACKUP_LIMITS.fileBytes) {
    return { ok: false, message: `文件有 ${sizeInWords(bytes.byteLength)}，超过备份文件上限 ${bytesAsMegabytes(BACKUP_LIMITS.fileBytes)}` };
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: '这不是学时簿的备份文件（不是压缩包）' };

  const listing = listZip(bytes);
  if (!listing.ok) return listing;
  const manifestMember = listing.members.get(MANIFEST_NAME);
  if (!manifestMember) return { ok: false, message: '这不是学时簿的备份文件（缺少 backup.json）' };
  const report = options.onProgress ?? (() => {});
  const totalCompressed = Math.max(1, [...listing.members.values()].reduce((sum, member) => sum + member.compressedSize, 0));
  let consumed = 0;
  const progress = (done: number) => report(Math.min(1, (consumed + done) / totalCompressed));

  const manifestBytes = inflateMember(bytes, manifestMember, BACKUP_LIMITS.manifestBytes, progress);
  if (!manifestBytes.ok) return manifestBytes;
  consumed += manifestMember.compressedSize;

  let manifestText: string;
  try {
    manifestText = new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes.data);
  } catch {
    return { ok: false, message: 'backup.json 不是有效的 UTF-8 文本（可能被其他软件改动过编码），已拒绝导入' };
  }
  const json = parseUntrustedJson(manifestText);
  if (!json.ok) return json;
  const migrated = migrateManifest(json.value);
  if (!migrated.ok) return migrated;
  const parsed = backupManifestSchema.safeParse(migrated.manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `备份内容不完整或有误：${issue ? issueMessage(issue as SchemaIssue) : '无法识别'}` };
  }
  const manifest = parsed.data;

  const entries: BackupEntry[] = [];
  const entryIds = new Set<string>();
  for (const [index, item] of manifest.entries.entries()) {
    const hours = hoursProblem(item['hoursTenths']);
    if (hours !== undefined) return { ok: false, message: `第 ${index + 1} 条记录有误：${hours}` };
    const entry = entrySchema.safeParse(item);
    if (!entry.success) {
      // A date before 2000 is said in the entry gate's words (dates after today are the restore preview's, which knows today).
      const early = earlyDateProblems(item)[0];
      if (early !== undefined) return { ok: false, message: `第 ${index + 1} 条记录有误：${early.message}` };
      const issue = entry.error.issues[0];
      return { ok: false, message: `第 ${index + 1} 条记录有误：${issue ? trimStop(HAN.test(issue.message) ? issue.message : issueMessage(issue as SchemaIssue)) : ''}` };
    }
    if (entryIds.has(entry.data.id)) return { ok: false, message: `备份中有重复的记录编号“${entry.data.id}”` };
    entryIds.add(entry.data.id);
    entries.push({ entry: entry.data, createdAt: item.createdAt, updatedAt: item.updatedAt });
  }

  const declared = manifest.evidence.reduce((sum, record) => sum + record.size, manifestBytes.data.byteLength);
  if (declared > BACKUP_LIMITS.totalUnpackedBytes) return { ok: false, message: '备份解压后过大，已拒绝导入' };

  const evidence: BackupEvidence[] = [];
  const evidenceIds = new Set<string>();
  for (const record of manifest.evidence) {
    if (evidenceIds.has(record.id)) return { ok: false, message: `备份中有重复的凭证编号“${record.id}”` };
    evidenceIds.add(record.id);
    if (!entryIds.has(record.entryId)) return { ok: false, message: `凭证“${record.name}”所属的记录不在备份中` };
    const member = listing.members.get(record.path);
    if (!member) return { ok: false, message: `凭证“${record.name}”的文件不在备份中` };
    // The manifest's size is the cap: a member that inflates past it is refused at once.
    const inflated = inflateMember(bytes, member, record.size, progress);
    if (!inflated.ok) return inflated.tooLarge ? { ok: false, message: `凭证“${record.name}”的大小与记录不符，文件可能已损坏` } : inflated;
    consumed += member.compressedSize;
    const data = inflated.data;
    if (data.byteLength !== record.size) return { ok: false, message: `凭证“${record.name}”的大小与记录不符，文件可能已损坏` };
    const check = checkEvidenceFile({ name: record.name, size: data.byteLength }, data.subarray(0, 16));
    if (!check.ok) return { ok: false, message: check.message };
    if (check.type !== record.type) return { ok: false, message: `凭证“${record.name}”声称是 ${record.type}，实际内容不符` };
    const { path: _path, ...meta } = record;
    evidence.push({ ...meta, data });
  }
  report(1);

  const backup: Backup = { exportedAt: manifest.exportedAt, appVersion: manifest.appVersion, profile: manifest.profile, entries, evidence };
  if (migrated.notes.length > 0) backup.migrationNotes = migrated.notes;
  return { ok: true, backup };
}
