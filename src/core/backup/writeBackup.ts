import { strToU8, zipSync, type Zippable } from 'fflate';
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_NAME, type BackupManifest } from './format';
import type { Backup } from './readBackup';

/**
 * Packs everything into one zip: backup.json (self-describing) plus each
 * evidence file under evidence/<id>, stored without recompression since
 * photos and PDFs are compressed already.
 */
export function writeBackup(backup: Backup): Uint8Array {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: backup.exportedAt,
    appVersion: backup.appVersion,
    profile: backup.profile,
    entries: backup.entries.map(({ entry, createdAt, updatedAt }) => ({ ...entry, createdAt, updatedAt })),
    evidence: backup.evidence.map(({ data: _data, ...meta }) => ({ ...meta, path: `evidence/${meta.id}` })),
  };
  const files: Zippable = { [MANIFEST_NAME]: [strToU8(JSON.stringify(manifest)), { level: 6 }] };
  for (const item of backup.evidence) files[`evidence/${item.id}`] = [item.data, { level: 0 }];
  return zipSync(files, { mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/** 学时簿备份-2025-11-27.zip */
export function backupFileName(today: string): string {
  return `学时簿备份-${today}.zip`;
}
