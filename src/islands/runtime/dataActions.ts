/**
 * Backup, restore, spreadsheet and calendar work, behind one dynamic import:
 * fflate and the parsers load when the person asks for them.
 */
export { previewRestore, refusedBackupEntries, refusedRestoreMessage, restoreSelection } from '../../core/backup/plan';
export { backupFileName, recordBackupFileName, writeBackup } from '../../core/backup/writeBackup';
export { parseCsv } from '../../core/csv/csv';
export { decodeCsvBytes, DELIMITER_LABELS, detectDelimiter, ENCODING_LABELS } from '../../core/csv/decode';
export { creditColumns, CSV_FIELDS, csvRowsToEntries, entriesToCsv, guessMapping } from '../../core/csv/entriesCsv';
export { deadlineCalendar } from '../../core/calendar/deadlineIcs';
export { allEntries, applyBackup, backupOfDeleted, evidenceIds, recordBackup, snapshotForBackup } from '../../db/backup';
export { addEntries } from '../../db/entryWrites';
export { countEntries } from '../../db/entries';
