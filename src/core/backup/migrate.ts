import { migrateEntryV1, MIGRATION_CHANGE_LABELS, type EntryMigrationChange } from '../entries/migrateEntry';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';

type Manifest = Record<string, unknown>;

/** Version 1 → 2: entries get the declaration lifecycle; offline study is never platform-recorded. */
function entriesToV2(manifest: Manifest): { manifest: Manifest; notes: string[] } {
  const entries = Array.isArray(manifest['entries']) ? (manifest['entries'] as unknown[]) : [];
  const counts = new Map<EntryMigrationChange, number>();
  const migrated = entries.map((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const { entry, changes } = migrateEntryV1(item as Record<string, unknown>);
    for (const change of changes) counts.set(change, (counts.get(change) ?? 0) + 1);
    return entry;
  });
  const notes = [...counts].map(([change, count]) => `${count} 条记录${MIGRATION_CHANGE_LABELS[change]}。`);
  return { manifest: { ...manifest, entries: migrated }, notes };
}

/**
 * One step per version: migrations[n] turns a version-n manifest into version
 * n+1, with what the person should be told. Each step gets a fixture and a test the day it is added.
 */
export const MIGRATIONS: Record<number, (manifest: Manifest) => { manifest: Manifest; notes: string[] }> = {
  1: entriesToV2,
};

export type MigrationResult = { ok: true; manifest: Manifest; notes: string[] } | { ok: false; message: string };

/** Brings any known older manifest up to the current version, or says why it cannot. */
export function migrateManifest(value: unknown): MigrationResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: '这不是学时簿的备份文件' };
  const manifest = value as Record<string, unknown>;
  if (manifest['format'] !== BACKUP_FORMAT) return { ok: false, message: '这不是学时簿的备份文件（缺少格式标识）' };
  const version = manifest['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: '备份的版本号无效' };
  if (version > BACKUP_VERSION) {
    return { ok: false, message: `这个备份来自更新版本的学时簿（格式版本 ${version}，本应用只认识到 ${BACKUP_VERSION}）。请先刷新或更新本应用再恢复。` };
  }
  let current = manifest;
  const notes: string[] = [];
  for (let step = version; step < BACKUP_VERSION; step += 1) {
    const migrate = MIGRATIONS[step];
    if (!migrate) return { ok: false, message: `无法升级格式版本 ${step} 的备份` };
    const next = migrate(current);
    notes.push(...next.notes);
    current = { ...next.manifest, version: step + 1 };
  }
  return { ok: true, manifest: current, notes };
}
