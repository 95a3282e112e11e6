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
}

function sameEntry(a: Entry, b: Entry): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/** How the backup compares with what is on the device, for the preview before restoring. */
export function previewRestore(existing: readonly Entry[], backup: Backup, localEvidenceIds: ReadonlySet<string> = new Set()): RestorePreview {
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
