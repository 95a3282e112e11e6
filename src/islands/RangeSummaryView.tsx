import { formatChineseDate } from '../core/calendar/chineseDate';
import { printText as p } from '../i18n/printSummary';
import { RANGE_COLUMNS, RANGE_HEADINGS, type RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import { RowHeaderTable, SummaryProfile, SummarySignature, SummaryYearBody } from './SummaryView';

/** The multi-year record as HTML, for the browser's print dialog: the same content as its PDF. */
export function RangeSummaryView({ model }: { model: RangeSummaryModel }) {
  return (
    <article class="print-summary" aria-label={model.title}>
      <h3 class="print-summary__title">{model.title}</h3>
      <SummaryProfile profile={model.profile} />
      <h4>{RANGE_HEADINGS.overview}</h4>
      <RowHeaderTable columns={RANGE_COLUMNS} rows={model.overviewRows} />
      {model.overviewNotes.map((note) => (
        <p key={note} class="print-summary__note">
          {note}
        </p>
      ))}
      {model.years.map((year) => (
        <section key={year.year} class="print-summary__year" aria-label={p.yearLabel(year.year)}>
          <SummaryYearBody model={year} headings={{ requirement: RANGE_HEADINGS.requirement(year.year), entries: RANGE_HEADINGS.entries(year.year) }} />
        </section>
      ))}
      <SummarySignature model={model} />
      <p class="print-summary__note">
        {model.footerNote} {p.generated(formatChineseDate(model.generatedOn))}
      </p>
    </article>
  );
}
