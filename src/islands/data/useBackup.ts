import { useRef, useState } from 'preact/hooks';
import { BACKUP_LIMITS } from '../../core/backup/format';
import type { RestoreMode, RestorePreview } from '../../core/backup/plan';
import type { Backup } from '../../core/backup/readBackup';
import { dataText as t } from '../../i18n/dataPanel';
import { sentence } from '../../i18n/failures';
import { useLog } from '../app/logStore';
import { downloadFile } from '../runtime/download';
import { readBackupInWorker } from '../runtime/readBackupInWorker';
import { loadDataActions, takeFile, useTask } from './task';

export interface PendingRestore {
  backup: Backup;
  preview: RestorePreview;
}

/** Export a backup; read one in a worker (with progress and cancel), preview it, and apply it in one transaction. */
export function useBackup() {
  const { db, today, appVersion, announce } = useLog();
  const { busy, failure, run } = useTask();
  const [restore, setRestore] = useState<PendingRestore | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const cancelReading = useRef<(() => void) | null>(null);

  const exportBackup = () =>
    run(async () => {
      const actions = await loadDataActions();
      const exportedAt = new Date().toISOString();
      const backup = await actions.snapshotForBackup(db, { exportedAt, appVersion });
      downloadFile(new Uint8Array(actions.writeBackup(backup)), actions.backupFileName(exportedAt), 'application/zip');
      // The file is made; on a full device the date of it may not be stored, and that must not read as a failed backup.
      await actions.recordBackup(db, exportedAt).catch(() => undefined);
      announce(t.backupExported(backup.entries.length, backup.evidence.length));
    });

  const chooseBackup = (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    void run(async () => {
      setRestore(null);
      const actions = await loadDataActions();
      if (file.size > BACKUP_LIMITS.fileBytes) throw new Error(t.backupTooLarge(Math.round(file.size / 1024 / 1024), BACKUP_LIMITS.fileBytes / 1024 / 1024));
      setProgress(0);
      try {
        const reading = readBackupInWorker(await file.arrayBuffer(), setProgress);
        cancelReading.current = reading.cancel;
        const result = await reading.result;
        if ('cancelled' in result) {
          announce(t.restoreCancelled);
          return;
        }
        if (!result.ok) throw new Error(t.cannotRestore(file.name, sentence(result.message)));
        const [entries, evidence] = await Promise.all([actions.allEntries(db), actions.evidenceIds(db)]);
        setRestore({ backup: result.backup, preview: actions.previewRestore(entries, result.backup, evidence, today) });
      } finally {
        cancelReading.current = null;
        setProgress(null);
      }
    });
  };

  const applyRestore = (mode: RestoreMode) => {
    if (!restore) return;
    void run(async () => {
      const actions = await loadDataActions();
      // A backup holding an entry the gate refuses is not restored at all (the preview names them).
      const refused = actions.refusedBackupEntries(restore.backup, today);
      if (refused.length > 0) throw new Error(actions.refusedRestoreMessage(refused));
      const selection = actions.restoreSelection(await actions.allEntries(db), restore.backup, mode);
      await actions.applyBackup(db, selection, mode);
      setRestore(null);
      announce(mode === 'replace' ? t.replaced(selection.entries.length) : t.merged(selection.entries.length));
    });
  };

  return { busy, failure, restore, progress, exportBackup, chooseBackup, applyRestore, cancelCheck: () => cancelReading.current?.(), dismiss: () => setRestore(null) };
}
