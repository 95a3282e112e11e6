import { formatChineseDate } from '../core/calendar/chineseDate';
import { printText as p } from '../i18n/printSummary';
import { RANGE_COLUMNS, RANGE_HEADINGS, type RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import { paginateRange } from '../core/pdf/paginateRange';
import { pdfTextMeasure } from '../core/pdf/pdfTextMeasure';
import { PrintPages } from './PrintPages';
import { RowHeaderTable, SummaryProfile, SummarySignature, SummaryYearBody } from './SummaryView';

/** The multi-year record as HTML on screen, and for the browser's print dialog its PDF's own pages. */
export function RangeSummaryView({ model }: { model: RangeSummaryModel }) {
  return (
    <>
      <RangeArticle model={model} />
      <PrintPages pages={paginateRange(model, pdfTextMeasure)} />
    </>
  );
}

/** The multi-year record as an HTML article: the same content as its PDF, read on screen. */
function RangeArticle({ model }: { model: RangeSummaryModel }) {
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
