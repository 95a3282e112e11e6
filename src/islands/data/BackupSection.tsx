import { formatChineseDate } from '../../core/calendar/chineseDate';
import { stampDay } from '../../core/calendar/stampDay';
import { BACKUP_LIMITS } from '../../core/backup/format';
import { dataText as t } from '../../i18n/dataPanel';
import { useLog } from '../app/logStore';
import { FailureMessage } from '../FailureMessage';
import { FormatDetails } from '../FormatDetails';
import { RestorePreviewPanel } from './RestorePreviewPanel';
import { Guard } from './task';
import { useBackup } from './useBackup';

/** The backup file: when the last one was made, export, restore (checked first, previewed, then merged or replaced). */
export function BackupSection() {
  const { log, nudge, readOnly } = useLog();
  const backup = useBackup();
  const { busy, progress } = backup;
  const { lastBackupAt, changesSinceBackup } = log.backup;
  return (
    <>
      <h3>{t.backupTitle}</h3>
      {lastBackupAt && <p>{t.lastBackup(formatChineseDate(stampDay(lastBackupAt)), changesSinceBackup)}</p>}
      {nudge ? <p class="nudge">{nudge}</p> : !lastBackupAt && <p>{t.neverBackedUp}</p>}
      <p class="field__hint">{t.backupHint}</p>
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={busy} onClick={() => void backup.exportBackup()}>
          {t.exportBackup}
        </button>
        <label class={`file-button${readOnly || busy ? ' file-button--disabled' : ''}`}>
          {t.restoreFromBackup}
          <input type="file" accept=".zip,application/zip" class="visually-hidden" disabled={readOnly || busy} onChange={backup.chooseBackup} />
        </label>
      </div>
      <FormatDetails text={t.backupFormat(BACKUP_LIMITS.fileBytes / 1024 / 1024)} />
      {progress !== null && (
        <div class="restore-progress" role="status">
          <label>
            {t.checkingBackup(Math.round(progress * 100))}
            <progress max={100} value={Math.round(progress * 100)} />
          </label>{' '}
          <button type="button" onClick={backup.cancelCheck}>
            {t.cancelCheck}
          </button>
        </div>
      )}
      <FailureMessage message={backup.failure} />
      <Guard onError={backup.dismiss}>
        {backup.restore && <RestorePreviewPanel restore={backup.restore} busy={busy} onApply={backup.applyRestore} onCancel={backup.dismiss} />}
      </Guard>
    </>
  );
}
