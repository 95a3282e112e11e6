import { formatChineseDate, formatHours } from '../core/format/chineseDate';
import { describeReason, describeWarning, progressLine, STATUS_LABELS } from '../core/rules/describe';
import type { Tally, Warning, YearReport } from '../core/rules/report';
import { KIND_LABELS } from '../core/vocabulary';
import { text } from '../i18n/zhCN';

interface Props {
  report: YearReport;
  titleOf: (entryId: string) => string;
}

/** Per-entry warnings of one kind beyond this many are summed up, so a large log does not bury the list. */
const WARNINGS_PER_KIND = 3;

function groupWarnings(warnings: readonly Warning[]): { code: string; shown: Warning[]; more: number }[] {
  const groups = new Map<string, Warning[]>();
  for (const warning of warnings) {
    const group = groups.get(warning.code);
    if (group) group.push(warning);
    else groups.set(warning.code, [warning]);
  }
  return [...groups].map(([code, all]) => ({ code, shown: all.slice(0, WARNINGS_PER_KIND), more: Math.max(0, all.length - WARNINGS_PER_KIND) }));
}

function percent(part: number, whole: number): string {
  return whole <= 0 ? '0%' : `${Math.min(100, (part / whole) * 100).toFixed(1)}%`;
}

function ProgressRow({ label, tally }: { label: string; tally: Tally }) {
  const credited = Math.min(tally.creditedTenths, tally.requiredTenths);
  const pending = Math.min(tally.pendingTenths, tally.requiredTenths - credited);
  const details = [
    tally.pendingTenths > 0 ? `${text.pending} ${formatHours(tally.pendingTenths)}` : '',
    tally.notDeclaredTenths > 0 ? `${text.notDeclared} ${formatHours(tally.notDeclaredTenths)}` : '',
    tally.returnedTenths > 0 ? `${text.returned} ${formatHours(tally.returnedTenths)}` : '',
  ].filter((part) => part !== '');
  const met = tally.remainingTenths === 0;
  return (
    <div class="progress-row">
      <p class="progress-label">
        <strong>{progressLine(label, tally.creditedTenths, tally.requiredTenths)}</strong>
        {met ? <span class="badge badge--ok">已达标</span> : <span class="progress-left">还差 {formatHours(tally.remainingTenths)}</span>}
      </p>
      <div class="progress-bar" aria-hidden="true">
        <span class="progress-bar__credited" style={{ width: percent(credited, tally.requiredTenths) }} />
        <span class="progress-bar__pending" style={{ width: percent(pending, tally.requiredTenths) }} />
      </div>
      {details.length > 0 && <p class="progress-details">{details.join(' · ')} {text.hoursUnit}</p>}
    </div>
  );
}

/** Where the year stands: three progress rows, the status in words, the deadline and what to act on. */
export function Dashboard({ report, titleOf }: Props) {
  const { deadline } = report;
  const declareBy = formatChineseDate(deadline.declareBy);
  const countdown = deadline.passed
    ? text.deadlinePassed(declareBy, -deadline.calendarDaysLeft)
    : deadline.calendarDaysLeft === 0
      ? text.deadlineToday(declareBy)
      : text.deadline(declareBy, deadline.calendarDaysLeft, deadline.workingDaysLeft);
  const warnings = groupWarnings(report.warnings.filter((warning) => warning.code !== 'ruleAssumed' && warning.code !== 'calendarEstimated'));
  return (
    <div class="dashboard">
      {report.ruleAssumed && <p class="note">{text.assumedRule(report.basisYear)}</p>}
      <p class={`status status--${report.status}`}>
        <span class="status__label">{STATUS_LABELS[report.status]}</span>
        <span>{describeReason(report.reason)}</span>
      </p>
      <ProgressRow label={KIND_LABELS.public} tally={report.public} />
      <ProgressRow label={KIND_LABELS.professional} tally={report.professional} />
      <ProgressRow label={text.total} tally={report.total} />
      <p class="legend" aria-hidden="true">
        <span class="legend__credited">{text.credited}</span>
        <span class="legend__pending">{text.pending}</span>
      </p>
      <p class="deadline-line">{countdown}</p>
      {!deadline.passed && (
        <p class="deadline-line">
          {deadline.latestSafeDeclarationDate !== null && !deadline.safeDatePassed
            ? text.latestSafe(formatChineseDate(deadline.latestSafeDeclarationDate), deadline.reviewWorkingDays)
            : text.noSafeDate}
        </p>
      )}
      {deadline.calendarEstimated && <p class="note">{text.calendarEstimated}</p>}
      {warnings.length > 0 && (
        <section class="warnings" aria-labelledby="warnings-title">
          <h3 id="warnings-title">{text.warningsTitle}</h3>
          <ul>
            {warnings.map((group) => [
              ...group.shown.map((warning, index) => <li key={`${group.code}-${index}`}>{describeWarning(warning, titleOf)}</li>),
              group.more > 0 && <li key={`${group.code}-more`}>{text.moreWarnings(group.more)}</li>,
            ])}
          </ul>
        </section>
      )}
    </div>
  );
}
