/**
 * 导出给单位 and 导入回执, behind one dynamic import: the exchange formats'
 * readers and writers load when the person opens the section.
 */
export { buildHandover } from '../../core/unit/handoverFormat';
export { handoverFileName, handoverState, handoverYearChoices, previewHandover } from '../../core/unit/handoverPreview';
export { planReceipt, readReceipt, RECEIPT_LIMITS } from '../../core/unit/receiptFormat';
export { RECEIPT_NAME, unitFileMessages } from '../../core/unit/unitMessages';
export { acceptEntry, problemsText } from '../../core/entries/acceptEntry';
export { evidenceWithData, handoverSource } from '../../db/handoverData';
export { allEntries } from '../../db/backup';
export { loadProfile } from '../../db/profile';
export { updateEntries } from '../../db/entryWrites';
