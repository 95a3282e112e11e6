import { ENTRY_COLUMNS, REQUIREMENT_COLUMNS, STATUS_HEADING, SUMMARY_HEADINGS, type SummaryModel } from '../core/pdf/summaryModel';
import { formatChineseDate } from '../core/format/chineseDate';

/** The summary as HTML, for the browser's print dialog: the same content as the PDF. */
export function SummaryView({ model }: { model: SummaryModel }) {
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
      <SummaryYearBody model={model} />
      <SummarySignature model={model} />
      <p class="print-summary__note">
        {model.footerNote} 生成日期：{formatChineseDate(model.generatedOn)}（学时簿）
      </p>
    </article>
  );
}

/** One year's body, as in the PDF: the requirement table, status and notes, then the entry tables by kind. */
export function SummaryYearBody({ model, headings = SUMMARY_HEADINGS }: { model: SummaryModel; headings?: { requirement: string; entries: string } }) {
  return (
    <>
      <h4>{headings.requirement}</h4>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {REQUIREMENT_COLUMNS.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.requirementRows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {REQUIREMENT_COLUMNS.slice(1).map((column) => (
                  <td key={column.key}>{row[column.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {STATUS_HEADING}
        {model.status}
      </p>
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
              <thead>
                <tr>
                  {ENTRY_COLUMNS.map((column) => (
                    <th key={column.key} scope="col">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.rows.length === 0 ? (
                  <tr>
                    <td colSpan={ENTRY_COLUMNS.length}>（无记录）</td>
                  </tr>
                ) : (
                  group.rows.map((row, index) => (
                    <tr key={`${row.date}-${index}`}>
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

/** The pledge, the signature and the 用人单位 review block. */
export function SummarySignature({ model }: { model: Pick<SummaryModel, 'pledge' | 'signatureLabels' | 'reviewBox'> }) {
  return (
    <>
      <p class="print-summary__pledge">{model.pledge}</p>
      <p class="print-summary__sign">
        {model.signatureLabels[0]}：<span class="blank" />　{model.signatureLabels[1]}：　　年　　月　　日
      </p>
      <div class="print-summary__review">
        <p>{model.reviewBox.title}：</p>
        <p class="print-summary__stamp">
          {model.reviewBox.stampLabel}　{model.reviewBox.dateLabel}：　　年　　月　　日
        </p>
      </div>
    </>
  );
}
