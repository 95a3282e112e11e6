/**
 * Everything that validates and writes, behind one dynamic import: zod and
 * the write paths stay out of the log's first load and arrive right after it.
 */
import { config } from 'zod/mini';

// zod must not compile validators with new Function(): the site's CSP forbids eval.
config({ jitless: true });

export { parseEntryForm } from '../../core/forms/parseEntryForm';
export { profileSchema } from '../../core/schemas/profile';
export { addEntry, deleteEntry, restoreEntry, updateEntry, type DeletedEntry } from '../../db/entryWrites';
export { prepareEvidence } from '../../db/evidence';
export { decodesAsImage } from './imageCheck';
export { saveProfile } from '../../db/profileWrites';
export { dismissMigrationNotes } from '../../db/migrationNotes';
export { undoStep } from '../../core/entries/undoDeletion';
