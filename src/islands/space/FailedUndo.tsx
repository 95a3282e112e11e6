import { useState } from 'preact/hooks';
import { storageFullText as t } from '../../i18n/storageFull';
import { loadDataActions } from '../data/task';
import { downloadFile } from '../runtime/download';
import { useLog } from '../app/logStore';

/**
 * An undo that could not put the record back: it says so, offers the undo
 * again (as the toast does), and an export of just that record (a backup file 从备份恢复 can merge
 * later), so nothing the toast promised is lost.
 */
export function FailedUndo() {
  const { undo, undoDelete, appVersion, announce } = useLog();
  const [failed, setFailed] = useState(false);
  if (!undo) return null;
  const title = undo.entry.title;
  const exportRecord = async () => {
    setFailed(false);
    try {
      const actions = await loadDataActions();
      const exportedAt = new Date().toISOString();
      const file = actions.writeBackup(actions.backupOfDeleted(undo, { exportedAt, appVersion }));
      downloadFile(new Uint8Array(file), actions.recordBackupFileName(title, exportedAt), 'application/zip');
      announce(t.recordExported(title));
    } catch {
      setFailed(true);
    }
  };
  return (
    <div class="banner" role="alert">
      <p>{failed ? t.exportFailed : t.undoFailed(title)}</p>
      <button type="button" onClick={() => void undoDelete()}>
        {t.retryUndo}
      </button>{' '}
      <button type="button" class="button--primary" onClick={() => void exportRecord()}>
        {t.exportRecord(title)}
      </button>
    </div>
  );
}
