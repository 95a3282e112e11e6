import { CSV_FIELDS, type CsvField } from '../../core/csv/csvFields';
import { dataText as t } from '../../i18n/dataPanel';
import { FormatDetails } from '../FormatDetails';
import type { CsvPreview } from './useCsvImport';

/** Rows shown before anything is written. */
const SHOWN_ERRORS = 50;

interface Props {
  preview: CsvPreview;
  busy: boolean;
  onRemap: (field: CsvField, column: number) => void;
  onChooseSheet: (sheetIndex: number) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** The spreadsheet before import: how it was read, which column feeds which field, which rows are wrong and why. */
export function CsvPreviewPanel({ preview, busy, onRemap, onChooseSheet, onImport, onCancel }: Props) {
  const valid = preview.results.filter((row) => row.entry).length;
  const invalid = preview.results.filter((row) => !row.entry);
  const workbook = preview.workbook;
  return (
    <div class="csv-import" role="region" aria-label={t.importPreview}>
      <FormatDetails text={preview.format} />
      {workbook && workbook.sheets.length > 1 && (
        <div class="field">
          <label for="csv-sheet">{t.sheetLabel}</label>
          <select
            id="csv-sheet"
            value={String(workbook.sheetIndex)}
            disabled={busy}
            aria-describedby={workbook.message ? 'csv-sheet-message' : undefined}
            onChange={(event) => onChooseSheet(Number(event.currentTarget.value))}
          >
            {workbook.sheets.map((name, index) => (
              <option key={index} value={String(index)}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {workbook?.message ? (
        <p id="csv-sheet-message" class="field__error" role="alert">
          {workbook.message}
        </p>
      ) : (
        <>
          <p>{t.mapColumns}</p>
          {preview.mapping.hours < 0 && preview.credits.length > 0 && <p class="field__hint">{t.creditsColumns(preview.credits)}</p>}
          <div class="csv-mapping">
            {CSV_FIELDS.map((field) => (
              <div class="field" key={field.key}>
                <label for={`csv-map-${field.key}`}>
                  {field.header}
                  {field.required ? t.required : ''}
                </label>
                <select id={`csv-map-${field.key}`} value={String(preview.mapping[field.key])} onChange={(event) => onRemap(field.key, Number(event.currentTarget.value))}>
                  <option value="-1">{t.skipColumn}</option>
                  {preview.headers.map((header, index) => (
                    <option key={index} value={String(index)}>
                      {t.column(index + 1, header)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <p class="csv-summary">{t.csvSummary(preview.results.length, valid, invalid.length)}</p>
          {invalid.length > 0 && (
            <ul class="csv-errors" aria-label={t.invalidRows}>
              {invalid.slice(0, SHOWN_ERRORS).map((row) => (
                <li key={row.rowNumber}>{t.rowErrors(row.rowNumber, row.errors)}</li>
              ))}
              {invalid.length > SHOWN_ERRORS && <li>{t.moreInvalid(invalid.length - SHOWN_ERRORS)}</li>}
            </ul>
          )}
        </>
      )}
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={busy || valid === 0} onClick={onImport}>
          {t.importValid(valid)}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
