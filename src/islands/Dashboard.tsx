import {
  deadlineLines,
  describeWarning,
  hoursText,
  ruleBasisText,
  STATE_LABELS,
  YEAR_STATUS_LABELS,
  tallyBreakdown,
  tallyVerdict,
  yearHeadline,
  type CitedLine,
} from '../core/rules/describe';
import type { Tally, YearReport } from '../core/rules/report';
import { progressSegments, SEGMENTS } from '../core/rules/progressSegments';
import { warningGroups } from '../core/rules/warningGroups';
import { KIND_LABELS } from '../core/vocabulary';
import { text } from '../i18n/zhCN';
import { UnbreakableText } from './UnbreakableText';

interface Props {
  report: YearReport;
  titleOf: (entryId: string) => string;
}

function ProgressRow({ label, tally, closed, noRecords }: { label: string; tally: Tally; closed: boolean; noRecords: boolean }) {
  const met = tally.requirementSet && tally.remainingTenths === 0;
  return (
    <div class="progress-row">
      <p class="progress-label">
        <strong>
          {label} {STATE_LABELS.credited}{' '}
          <span class="nowrap">{tally.requirementSet ? text.ofRequired(tally.creditedTenths, tally.requiredTenths, tally.generalRatio) : hoursText(tally.creditedTenths)}</span>
        </strong>
        {met ? <span class="badge badge--ok">{tallyVerdict(tally, closed, noRecords)}</span> : <span class="progress-left">{tallyVerdict(tally, closed, noRecords)}</span>}
      </p>
      {/* No bar where the rule sets no figure: there is nothing to fill. */}
      {tally.requirementSet && (
        <div class="progress-bar" aria-hidden="true">
          {progressSegments(tally).map(({ key, percent }) => (
            <span key={key} class={`progress-bar__${key}`} style={{ width: `${percent}%` }} />
          ))}
        </div>
      )}
      <p class="progress-details">{tallyBreakdown(tally)}</p>
    </div>
  );
}

/** A line of the report, with a link to the notice paragraph it rests on. */
export function CitedText({ line }: { line: CitedLine }) {
  return (
    <>
      <UnbreakableText text={line.text} />
      {line.cite && (
        <>
          {' '}
          <a class="cite-link" href={`/policy/${line.cite.policyYear}/#${line.cite.id}`}>
            {text.citeLink}
          </a>
        </>
      )}
    </>
  );
}

/** Where the year stands: the status and its one sentence, a row per kind and the total, the deadline and what to act on. */
export function Dashboard({ report, titleOf }: Props) {
  const warnings = warningGroups(report.warnings);
  const basisYear = report.basisYear;
  return (
    <div class="dashboard">
      <p class={report.basis === 'notice' ? 'basis-line' : 'note'}>
        {ruleBasisText(report)}{' '}
        {basisYear !== null && (
          <a class="cite-link" href={`/policy/${basisYear}/`}>
            {text.noticeLink(basisYear)}
          </a>
        )}
      </p>
      <p class={`status status--${report.status}`}>
        <span class="status__label">{YEAR_STATUS_LABELS[report.status]}</span>
        <span class="status__headline">
          <UnbreakableText text={yearHeadline(report)} />
        </span>
      </p>
      <ProgressRow label={KIND_LABELS.public} tally={report.public} closed={report.closed} noRecords={report.status === 'noRecords'} />
      <ProgressRow label={KIND_LABELS.professional} tally={report.professional} closed={report.closed} noRecords={report.status === 'noRecords'} />
      <ProgressRow label={text.total} tally={report.total} closed={report.closed} noRecords={report.status === 'noRecords'} />
      <p class="legend" aria-hidden="true">
        {SEGMENTS.map((key) => (
          <span key={key} class={`legend__${key}`}>
            {STATE_LABELS[key]}
          </span>
        ))}
      </p>
      {deadlineLines(report).map((line) => (
        <p key={line.text} class="deadline-line">
          <CitedText line={line} />
        </p>
      ))}
      {report.deadline?.calendarEstimated && <p class="note">{text.calendarEstimated}</p>}
      {warnings.length > 0 && (
        <section class="warnings" aria-labelledby="warnings-title">
          <h3 id="warnings-title">{text.warningsTitle}</h3>
          <ul>
            {warnings.map((group) => [
              ...group.shown.map((warning, index) => <li key={`${group.code}-${index}`}>
                  <UnbreakableText text={describeWarning(warning, titleOf)} />
                </li>),
              group.more > 0 && <li key={`${group.code}-more`}>{text.moreWarnings(group.more)}</li>,
            ])}
          </ul>
        </section>
      )}
    </div>
  );
}
