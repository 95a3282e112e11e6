import { runWrite } from './connection';
import type { AppDatabase } from './database';

/** Settings key of the one new-entry draft: kept in IndexedDB, so it survives a reload, a closed tab or a crash. */
const ENTRY_DRAFT_KEY = 'entryDraft';

/** The stored draft as it is; the form checks it (core's entryFormFromDraft) before using any of it. */
export async function loadEntryDraft(db: AppDatabase): Promise<unknown> {
  return (await db.settings.get(ENTRY_DRAFT_KEY))?.value ?? null;
}

/** A draft is a convenience: a write that fails (full disk, private mode) is dropped, never shown as an error. */
export async function saveEntryDraft(db: AppDatabase, values: Readonly<Record<string, string>>): Promise<void> {
  await runWrite(db, () => db.settings.put({ key: ENTRY_DRAFT_KEY, value: { ...values } })).catch(() => undefined);
}

export async function clearEntryDraft(db: AppDatabase): Promise<void> {
  await runWrite(db, () => db.settings.delete(ENTRY_DRAFT_KEY)).catch(() => undefined);
}
