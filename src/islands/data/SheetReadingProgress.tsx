import { sheetReadingText as t } from '../../i18n/sheetReading';

/** How far the worker has read and checked the spreadsheet, with the way out. */
export function SheetReadingProgress({ progress, onCancel }: { progress: number | null; onCancel: () => void }) {
  if (progress === null) return null;
  const percent = Math.round(progress * 100);
  return (
    <div class="sheet-progress" role="status">
      <label>
        {t.reading(percent)}
        <progress max={100} value={percent} />
      </label>{' '}
      <button type="button" onClick={onCancel}>
        {t.cancelReading}
      </button>
    </div>
  );
}
