import { ENTRY_COLUMNS, REQUIREMENT_COLUMNS, SUMMARY_HEADINGS, type SummaryModel } from '../core/pdf/summaryModel';
import { formatChineseDate } from '../core/calendar/chineseDate';
import { printText as p } from '../i18n/printSummary';
import { paginate } from '../core/pdf/paginate';
import { pdfTextMeasure } from '../core/pdf/pdfTextMeasure';
import { PrintPages } from './PrintPages';

/** The summary as HTML on screen, and for the browser's print dialog the PDF's own pages (PrintPages). */
export function SummaryView({ model }: { model: SummaryModel }) {
  return (
    <>
      <SummaryArticle model={model} />
      <PrintPages pages={paginate(model, { measure: pdfTextMeasure })} />
    </>
  );
}

/** The summary as an HTML article: the same content as the PDF, read on screen. */
function SummaryArticle({ model }: { model: SummaryModel }) {
  return (
    <article class="print-summary" aria-label={model.title}>
      <h3 class="print-summary__title">{model.title}</h3>
      <SummaryProfile profile={model.profile} />
      <SummaryYearBody model={model} />
      <SummarySignature model={model} />
      <p class="print-summary__note">
        {model.footerNote} {p.generated(formatChineseDate(model.generatedOn))}
      </p>
    </article>
  );
}

/** One year's body, as in the PDF: the requirement table and notes, then the entry tables by kind. */
export function SummaryYearBody({ model, headings = SUMMARY_HEADINGS }: { model: SummaryModel; headings?: { requirement: string; entries: string } }) {
  return (
    <>
      <h4>{headings.requirement}</h4>
      <RowHeaderTable columns={REQUIREMENT_COLUMNS} rows={model.requirementRows} />
      {model.notes.map((note) => (
        <p key={note} class="print-summary__note">
          {note}
        </p>
      ))}
      <h4>{headings.entries}</h4>
      {model.groups.map((group) => (
        <section key={group.kind} aria-label={group.heading}>
          <h5>{group.heading}</h5>
          <div class="table-scroll">
            <table>
              <ColumnHeads columns={ENTRY_COLUMNS} />
              <tbody>
                {group.rows.length === 0 ? (
                  <tr>
                    <td colSpan={ENTRY_COLUMNS.length}>{p.noEntries}</td>
                  </tr>
                ) : (
                  group.rows.map((row, index) => (
                    <tr key={`${row.dates}-${index}`}>
                      {ENTRY_COLUMNS.map((column) => (
                        <td key={column.key}>{row[column.key]}</td>
                      ))}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <p>{group.subtotal}</p>
        </section>
      ))}
    </>
  );
}

/** The pledge, the signature and the employer's review block. */
export function SummarySignature({ model }: { model: Pick<SummaryModel, 'pledge' | 'signatureLabels' | 'reviewBox'> }) {
  return (
    <>
      <p class="print-summary__pledge">{model.pledge}</p>
      <p class="print-summary__sign">
        {p.labelled(model.signatureLabels[0] ?? '')}
        <span class="blank" />
        {p.signatureDate(model.signatureLabels[1] ?? '')}
      </p>
      <div class="print-summary__review">
        <p>{p.labelled(model.reviewBox.title)}</p>
        <p class="print-summary__stamp">
          {p.stampLine(model.reviewBox.stampLabel, model.reviewBox.dateLabel)}
        </p>
      </div>
    </>
  );
}

/** The person's details as the summary prints them; a blank is a line to fill by hand. */
export function SummaryProfile({ profile }: { profile: SummaryModel['profile'] }) {
  return (
    <dl class="print-summary__profile">
      {profile.map((item) => (
        <div key={item.label}>
          <dt>{p.labelled(item.label)}</dt>
          <dd>
            {item.value ?? (
              // A line to write on; screen readers hear that it is to be filled in.
              <span class="blank">
                <span class="visually-hidden">{p.toFill}</span>
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A table whose first column heads each row (the kind, or the year): the summary's figure tables. */
export function RowHeaderTable<K extends string>({ columns, rows }: { columns: readonly { key: K; label: string }[]; rows: readonly Record<K, string | number>[] }) {
  const [first, ...rest] = columns;
  if (!first) return null;
  return (
    <div class="table-scroll">
      <table>
        <ColumnHeads columns={columns} />
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[first.key])}>
              <th scope="row">{row[first.key]}</th>
              {rest.map((column) => (
                <td key={column.key}>{row[column.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A table's header row: one column heading per column, in order. */
function ColumnHeads({ columns }: { columns: readonly { key: string; label: string }[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column.key} scope="col">
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
