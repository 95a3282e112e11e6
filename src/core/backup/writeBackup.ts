import { stampDay } from '../calendar/stampDay';
import { safePart } from '../declare/fileNames';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { BACKUP_FORMAT, BACKUP_VERSION, evidencePath, isEvidenceId, MANIFEST_NAME, type BackupManifest } from './format';
import type { Backup, BackupEvidence } from './readBackup';

/**
 * Evidence ids as they go into a backup: an id outside the zip path alphabet
 * (left by an older version that trusted ids from a file) gets a new one, so a
 * path is never built from unchecked text and every backup written can be read.
 */
export function safeEvidenceIds(evidence: readonly BackupEvidence[]): BackupEvidence[] {
  const taken = new Set(evidence.map((item) => item.id).filter(isEvidenceId));
  let counter = 0;
  return evidence.map((item) => {
    if (isEvidenceId(item.id)) return item;
    let id: string;
    do {
      counter += 1;
      id = `evidence-${counter}`;
    } while (taken.has(id));
    taken.add(id);
    return { ...item, id };
  });
}

/**
 * Packs everything into one zip: backup.json (self-describing) plus each
 * evidence file under evidence/<id>.<ext> (its real extension, so it opens from the zip), stored without recompression since
 * photos and PDFs are compressed already. Every member is dated exportedAt,
 * which zip stores in the device's local time.
 */
export function writeBackup(backup: Backup): Uint8Array {
  const evidence = safeEvidenceIds(backup.evidence);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: backup.exportedAt,
    appVersion: backup.appVersion,
    profile: backup.profile,
    entries: backup.entries.map(({ entry, createdAt, updatedAt }) => ({ ...entry, createdAt, updatedAt })),
    evidence: evidence.map(({ data: _data, ...meta }) => ({ ...meta, path: evidencePath(meta.id, meta.type) })),
  };
  const files: Zippable = { [MANIFEST_NAME]: [strToU8(JSON.stringify(manifest)), { level: 6 }] };
  for (const item of evidence) files[evidencePath(item.id, item.type)] = [item.data, { level: 0 }];
  return zipSync(files, { mtime: new Date(backup.exportedAt) });
}

/** 学时簿备份-2025-11-27.zip, the device's local day of the backup's exportedAt. */
export function backupFileName(exportedAt: string): string {
  return `学时簿备份-${stampDay(exportedAt)}.zip`;
}

/** The file of one record's backup (an undo that could not put it back): named by the record, so it is found again. */
export function recordBackupFileName(title: string, exportedAt: string): string {
  return `学时簿备份-${safePart(title, 40)}-${stampDay(exportedAt)}.zip`;
}
