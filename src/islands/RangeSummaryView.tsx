import { formatChineseDate } from '../core/format/chineseDate';
import { RANGE_COLUMNS, RANGE_HEADINGS, type RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import { SummarySignature, SummaryYearBody } from './SummaryView';

/** The multi-year record as HTML, for the browser's print dialog: the same content as its PDF. */
export function RangeSummaryView({ model }: { model: RangeSummaryModel }) {
  return (
    <article class="print-summary" aria-label={model.title}>
      <h3 class="print-summary__title">{model.title}</h3>
      <dl class="print-summary__profile">
        {model.profile.map((item) => (
          <div key={item.label}>
            <dt>{item.label}：</dt>
            <dd>{item.value ?? <span class="blank" aria-label="待填写" />}</dd>
          </div>
        ))}
      </dl>
      <h4>{RANGE_HEADINGS.overview}</h4>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {RANGE_COLUMNS.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.overviewRows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                {RANGE_COLUMNS.slice(1).map((column) => (
                  <td key={column.key}>{row[column.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.overviewNotes.map((note) => (
        <p key={note} class="print-summary__note">
          {note}
        </p>
      ))}
      {model.years.map((year) => (
        <section key={year.year} class="print-summary__year" aria-label={`${year.year}年度`}>
          <SummaryYearBody model={year} headings={{ requirement: RANGE_HEADINGS.requirement(year.year), entries: RANGE_HEADINGS.entries(year.year) }} />
        </section>
      ))}
      <SummarySignature model={model} />
      <p class="print-summary__note">
        {model.footerNote} 生成日期：{formatChineseDate(model.generatedOn)}（学时簿）
      </p>
    </article>
  );
}
