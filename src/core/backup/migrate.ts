import { BACKUP_FORMAT, BACKUP_VERSION } from './format';

/**
 * One step per version: migrations[n] turns a version-n manifest into version
 * n+1. Each step gets a fixture and a test the day it is added.
 */
export const MIGRATIONS: Record<number, (manifest: Record<string, unknown>) => Record<string, unknown>> = {};

export type MigrationResult = { ok: true; manifest: Record<string, unknown> } | { ok: false; message: string };

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
  for (let step = version; step < BACKUP_VERSION; step += 1) {
    const migrate = MIGRATIONS[step];
    if (!migrate) return { ok: false, message: `无法升级格式版本 ${step} 的备份` };
    current = { ...migrate(current), version: step + 1 };
  }
  return { ok: true, manifest: current };
}
