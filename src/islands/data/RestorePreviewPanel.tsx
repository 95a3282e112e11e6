import type { RestoreMode } from '../../core/backup/plan';
import { formatChineseDate } from '../../core/calendar/chineseDate';
import { stampDay } from '../../core/calendar/stampDay';
import { dataText as t } from '../../i18n/dataPanel';
import { panelText } from '../../i18n/zhCNPanels';
import type { PendingRestore } from './useBackup';

interface Props {
  restore: PendingRestore;
  busy: boolean;
  onApply: (mode: RestoreMode) => void;
  onCancel: () => void;
}

/** What a restore would do, before anything is written: new, identical, conflicting and device-only entries. */
export function RestorePreviewPanel({ restore, busy, onApply, onCancel }: Props) {
  const { backup, preview } = restore;
  const refused = preview.refused.length > 0;
  return (
    <div class="restore-preview" role="region" aria-label={t.restorePreview}>
      <p>{t.backupSummary(formatChineseDate(stampDay(backup.exportedAt)), backup.entries.length, preview.evidenceFiles)}</p>
      <ul>
        <li>{t.previewAdded(preview.added)}</li>
        <li>{t.previewIdentical(preview.identical)}</li>
        <li>{t.previewConflicting(preview.conflicting)}</li>
        <li>{t.previewOnlyHere(preview.onlyHere)}</li>
      </ul>
      {backup.migrationNotes && (
        <ul class="note" aria-label={panelText.migrationNotesLabel}>
          {backup.migrationNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {preview.evidenceRekeyed > 0 && <p>{t.evidenceRekeyed(preview.evidenceRekeyed)}</p>}
      {refused && (
        <div role="alert">
          <p class="field__error">{t.restoreRefusedRows(preview.refused.length)}</p>
          <ul class="csv-errors" aria-label={t.restoreRefusedLabel}>
            {preview.refused.map((row) => (
              <li key={row.number}>{t.restoreRefusedRow(row.number, row.title, row.message)}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={busy || refused} onClick={() => onApply('merge')}>
          {t.merge}
        </button>
        <button type="button" class="button--danger" disabled={busy || refused} onClick={() => onApply('replace')}>
          {t.replaceAll}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
