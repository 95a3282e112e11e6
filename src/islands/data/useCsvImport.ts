import { useRef, useState } from 'preact/hooks';
import type { CsvField } from '../../core/csv/csvFields';
import { MAX_IMPORT_BYTES } from '../../core/csv/importTable';
import { countEntries } from '../../db/entries';
import { dataText as t } from '../../i18n/dataPanel';
import { sheetReadingText } from '../../i18n/sheetReading';
import { useLog } from '../app/logStore';
import { openSheetSession, type SheetSession } from '../runtime/readSheetInWorker';
import type { CsvPreview, IntakeRequest } from '../runtime/sheetIntake';
import { loadDataActions, takeFile, useTask } from './task';

export type { CsvPreview, WorkbookPreview } from '../runtime/sheetIntake';

/**
 * A spreadsheet in: read, its columns mapped (guessed, then the person's
 * choice) and checked row by row in a worker, with progress and cancel;
 * written only on confirm.
 */
export function useCsvImport() {
  const { db, bases, announce, today } = useLog();
  const { busy, failure, run } = useTask();
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  // The worker holding the file while its preview is open, so another sheet or column is checked there.
  const session = useRef<SheetSession | null>(null);

  const endSession = () => {
    session.current?.close();
    session.current = null;
  };

  /** One request to the worker; false when the person cancelled it (the preview is closed, nothing stored). */
  const ask = async (request: IntakeRequest): Promise<boolean> => {
    const current = session.current;
    if (!current) return false;
    setProgress(0);
    try {
      const result = await current.request(request, setProgress);
      if ('cancelled' in result) {
        endSession();
        setPreview(null);
        announce(sheetReadingText.cancelled);
        return false;
      }
      if (!result.ok) throw new Error(result.message);
      setPreview(result.preview);
      return true;
    } finally {
      setProgress(null);
    }
  };

  const chooseFile = (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    void run(async () => {
      setPreview(null);
      endSession();
      if (file.size > MAX_IMPORT_BYTES) throw new Error(t.csvTooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
      // Only the count is needed here: the data actions' chunk (its compile a pause on a slow phone) loads when the person imports.
      const stored = await countEntries(db);
      const bytes = await file.arrayBuffer();
      session.current = openSheetSession();
      const context = { today, stored, bases: bases.map((base) => ({ name: base.name, number: base.number })) };
      try {
        await ask({ type: 'read', bytes, fileName: file.name, context });
      } catch (caught) {
        endSession();
        throw caught;
      }
    });
  };

  const chooseSheet = (index: number) => {
    if (!preview?.workbook) return;
    void run(async () => void (await ask({ type: 'sheet', index })));
  };

  const remap = (field: CsvField, column: number) => {
    if (!preview) return;
    void run(async () => void (await ask({ type: 'remap', field, column })));
  };

  const importValid = () => {
    if (!preview) return;
    const valid = preview.results.flatMap((row) => (row.entry ? [row.entry] : []));
    void run(async () => {
      const actions = await loadDataActions();
      await actions.addEntries(db, valid);
      setPreview(null);
      endSession();
      announce(t.csvImported(valid.length));
    });
  };

  const cancel = () => {
    setPreview(null);
    endSession();
  };

  return {
    busy,
    failure,
    preview,
    progress,
    chooseFile,
    chooseSheet,
    remap,
    importValid,
    cancel,
    cancelReading: () => session.current?.cancel(),
  };
}
