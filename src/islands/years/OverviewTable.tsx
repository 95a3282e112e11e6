import type { OverviewCell, OverviewRow } from '../../core/overview/yearsOverview';
import { yearsText as t } from '../../i18n/zhCNYears';
import { YearChart } from './YearChart';
import { UnbreakableText } from '../UnbreakableText';

/** The overview as a table (cards on phones), newest year first; exported for the benchmark. */
export function OverviewTable({ rows, currentYear, onOpenYear }: { rows: OverviewRow[]; currentYear: number; onOpenYear: (year: number) => void }) {
  const figure = (cell: OverviewCell) => (
    <>
      <span class="nowrap">{t.credited(cell.credited)}</span>
      {cell.required === null ? t.noRequiredFigure : <> / <span class="nowrap">{cell.generalRatio ? t.generalRequired(cell.required) : t.required(cell.required)}</span></>}
    </>
  );
  return (
    <>
      <table class="years-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.year}</th>
            <th scope="col">{t.columns.public}</th>
            <th scope="col">{t.columns.professional}</th>
            <th scope="col">{t.columns.total}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col">{t.columns.chart}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} class={row.year === currentYear ? 'years-table__row years-table__row--current' : 'years-table__row'} data-year={row.year}>
              <th scope="row" class="years-table__year">
                <button type="button" class="years-table__open" aria-current={row.year === currentYear ? 'true' : undefined} onClick={() => onOpenYear(row.year)}>
                  {t.yearButton(row.year)}
                </button>
                <span class="years-table__count">{t.entryCount(row.entryCount)}</span>
              </th>
              <td data-label={t.columns.public}>{figure(row.cells.public)}</td>
              <td data-label={t.columns.professional}>{figure(row.cells.professional)}</td>
              <td data-label={t.columns.total}>
                {figure(row.cells.total)}
                <span class="years-table__states">
                  <UnbreakableText text={row.cells.total.breakdown} />
                </span>
                {row.crossYearNotes.map((note) => (
                  <span key={note} class="years-table__note">
                    {note}
                  </span>
                ))}
              </td>
              <td data-label={t.columns.status}>
                {row.statusLabel}
                {row.statusNote !== null && <span class="years-table__basis">{row.statusNote}</span>}
                <span class="years-table__basis">{row.basisLabel}</span>
              </td>
              <td data-label={t.columns.chart}>
                <YearChart row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="field__hint">{t.chartLegend}</p>
    </>
  );
}
