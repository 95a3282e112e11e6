import { acceptEntry, problemsText } from '../entries/acceptEntry';
import type { Entry } from '../schemas/entry';
import type { Backup } from './readBackup';

export type RestoreMode = 'merge' | 'replace';

export interface RestorePreview {
  /** In the backup, not on this device. */
  added: number;
  /** On both, the same. */
  identical: number;
  /** On both under the same id, but different. */
  conflicting: number;
  /** On this device, not in the backup (kept by merge, removed by replace). */
  onlyHere: number;
  evidenceFiles: number;
  /**
   * Incoming evidence files (of entries merge would add) whose id is already
   * used on this device: merge stores them under a new id, never over the local file.
   */
  evidenceRekeyed: number;
  /**
   * Entries of the backup the entry gate refuses today (a completion or
   * declaration after today, a declaration before 2000…). A backup that holds
   * any is not restored, neither merged nor replaced: a restore is all or nothing.
   */
  refused: RefusedBackupEntry[];
}

export interface RefusedBackupEntry {
  /** The entry's place in the backup, from 1. */
  number: number;
  title: string;
  /** The gate's words, field by field. */
  message: string;
}

/** Every entry of the backup the gate refuses on `today`, with its place and the gate's words. */
export function refusedBackupEntries(backup: Backup, today: string): RefusedBackupEntry[] {
  return backup.entries.flatMap(({ entry }, index) => {
    // A backup holds at most the log's limit (its format says so), so its own count is the count to check.
    const verdict = acceptEntry(entry, { today, stored: index });
    return verdict.ok ? [] : [{ number: index + 1, title: entry.title, message: problemsText(verdict.problems) }];
  });
}

/** Why a backup holding refused entries is not restored, naming them (the first five, then how many more). */
export function refusedRestoreMessage(refused: readonly RefusedBackupEntry[]): string {
  const shown = refused.slice(0, 5).map((row) => `第 ${row.number} 条“${row.title}”：${row.message}`);
  const more = refused.length > shown.length ? `；另有 ${refused.length - shown.length} 条` : '';
  return `备份中有 ${refused.length} 条记录不能保存，本次没有恢复，本机数据没有改动。${shown.join('；')}${more}。请在原设备上改正这些记录后重新备份。`;
}

function sameEntry(a: Entry, b: Entry): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/** How the backup compares with what is on the device, for the preview before restoring. */
export function previewRestore(existing: readonly Entry[], backup: Backup, localEvidenceIds: ReadonlySet<string>, today: string): RestorePreview {
  const here = new Map(existing.map((entry) => [entry.id, entry]));
  let added = 0;
  let identical = 0;
  let conflicting = 0;
  for (const { entry } of backup.entries) {
    const mine = here.get(entry.id);
    if (!mine) added += 1;
    else if (sameEntry(mine, entry)) identical += 1;
    else conflicting += 1;
  }
  const inBackup = new Set(backup.entries.map(({ entry }) => entry.id));
  const addedIds = new Set(backup.entries.filter(({ entry }) => !here.has(entry.id)).map(({ entry }) => entry.id));
  const evidenceRekeyed = backup.evidence.filter((item) => addedIds.has(item.entryId) && localEvidenceIds.has(item.id)).length;
  return {
    added,
    identical,
    conflicting,
    onlyHere: existing.filter((entry) => !inBackup.has(entry.id)).length,
    evidenceFiles: backup.evidence.length,
    evidenceRekeyed,
    refused: refusedBackupEntries(backup, today),
  };
}

/**
 * What a restore writes. Replace takes the backup as it is. Merge adds what is
 * new and keeps this device's version of a conflicting entry (and its evidence),
 * so a restore never overwrites an edit made since the backup.
 */
export function restoreSelection(existing: readonly Entry[], backup: Backup, mode: RestoreMode): Backup {
  if (mode === 'replace') return backup;
  const here = new Set(existing.map((entry) => entry.id));
  const entries = backup.entries.filter(({ entry }) => !here.has(entry.id));
  const kept = new Set(entries.map(({ entry }) => entry.id));
  return { ...backup, entries, evidence: backup.evidence.filter((item) => kept.has(item.entryId)) };
}
