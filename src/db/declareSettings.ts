import { readReconciliation, type SavedReconciliation } from '../core/declare/reconcile';
import { readUploadLimit, type UploadLimit } from '../core/declare/uploadLimit';
import { runWrite } from './connection';
import type { AppDatabase } from './database';

/** Settings key of the upload limit evidence is checked against. */
export const UPLOAD_LIMIT_KEY = 'declareUploadLimit';
/** Settings key of the last reconciliation with the platform, per year: { "2025": { on, figures } }. */
export const RECONCILIATION_KEY = 'declareReconciliation';

export async function loadUploadLimit(db: AppDatabase): Promise<UploadLimit> {
  return readUploadLimit((await db.settings.get(UPLOAD_LIMIT_KEY))?.value);
}

/** Stores a limit that parseLimitMegabytes accepted. */
export async function saveUploadLimit(db: AppDatabase, limit: UploadLimit): Promise<void> {
  await runWrite(db, () => db.settings.put({ key: UPLOAD_LIMIT_KEY, value: { maxBytes: limit.maxBytes } }));
}

function byYear(stored: unknown): Record<string, unknown> {
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
}

/** The year's last reconciliation, or null (also when what is stored is not one). */
export async function loadReconciliation(db: AppDatabase, year: number): Promise<SavedReconciliation | null> {
  return readReconciliation(byYear((await db.settings.get(RECONCILIATION_KEY))?.value)[String(year)]);
}

export async function saveReconciliation(db: AppDatabase, year: number, saved: SavedReconciliation): Promise<void> {
  await runWrite(db, () =>
    db.transaction('rw', db.settings, async () => {
      const all = byYear((await db.settings.get(RECONCILIATION_KEY))?.value);
      const kept = Object.fromEntries(Object.entries(all).filter(([, value]) => readReconciliation(value) !== null));
      await db.settings.put({ key: RECONCILIATION_KEY, value: { ...kept, [String(year)]: saved } });
    }),
  );
}
