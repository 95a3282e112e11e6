import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { WorkingCalendar } from '../core/calendar/workingCalendar';
import { checkYearRange, FIRST_YEAR, type RangeCheck } from '../core/overview/yearRange';
import { overviewYears, yearsOverview, type OverviewCell, type OverviewRow } from '../core/overview/yearsOverview';
import type { RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import { evaluateYear } from '../core/rules/evaluateYear';
import type { YearReport } from '../core/rules/report';
import { resolveRule } from '../core/rules/resolveRule';
import type { Entry } from '../core/schemas/entry';
import type { Profile } from '../core/schemas/profile';
import type { RuleSet } from '../core/schemas/ruleSet';
import type { AppDatabase } from '../db/database';
import { entriesOfYears } from '../db/yearEntries';
import { yearsText as t } from '../i18n/zhCNYears';
import { describedBy, Field } from './Field';
import { downloadFile } from './runtime/download';
import { useLive } from './hooks/useLive';
import { UnbreakableText } from './UnbreakableText';

interface Props {
  db: AppDatabase;
  ruleSets: readonly RuleSet[];
  calendar: WorkingCalendar;
  today: string;
  /** Years that have at least one entry (from the log's state). */
  recordedYears: readonly number[];
  profile: Profile;
  /** The year the dashboard shows. */
  currentYear: number;
  onOpenYear: (year: number) => void;
  /** Every year's logged hours (tenths), for the year menu. */
  onTotals: (totals: ReadonlyMap<number, number>) => void;
}

/** Each year's report, computed once from that year's entries (one index query per year). */
export function reportsOf(years: readonly number[], entries: ReadonlyMap<number, Entry[]>, ruleSets: readonly RuleSet[], today: string, calendar: WorkingCalendar) {
  return years.map((year): { report: YearReport; entries: Entry[] } => {
    const own = entries.get(year) ?? [];
    return { report: evaluateYear(resolveRule(year, ruleSets), own, { asOf: today, calendar }), entries: own };
  });
}

/** The years overview: every year's standing at a glance, and a record of a range of years (PDF, print view, CSV). */
export function YearsPanel({ db, ruleSets, calendar, today, recordedYears, profile, currentYear, onOpenYear, onTotals }: Props) {
  const todayYear = Number(today.slice(0, 4));
  const recordedKey = recordedYears.join(',');
  const live = useLive(() => entriesOfYears(db, recordedYears), [db, recordedKey]);
  const rows = useMemo(() => {
    if (live.status !== 'ready') return null;
    const years = overviewYears(recordedYears, ruleSets.map((rule) => rule.year), todayYear);
    return yearsOverview(reportsOf(years, live.value, ruleSets, today, calendar));
  }, [live, ruleSets, today, calendar]);

  /** Opens the year on the dashboard above, and takes the person there. */
  const open = (year: number) => {
    onOpenYear(year);
    const heading = document.getElementById('dashboard-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  useEffect(() => {
    if (rows) onTotals(new Map(rows.map((row) => [row.year, row.loggedTenths])));
  }, [rows]);

  return (
    <div class="years-panel">
      <p class="field__hint">{t.intro}</p>
      {live.status === 'error' && (
        <p class="field__error" role="alert">
          {t.loadFailed}
        </p>
      )}
      {rows === null ? live.status === 'loading' && <p>{t.loading}</p> : <OverviewTable rows={rows} currentYear={currentYear} onOpenYear={open} />}
      <RangeRecord db={db} ruleSets={ruleSets} calendar={calendar} today={today} profile={profile} todayYear={todayYear} />
    </div>
  );
}

/** The overview as a table (cards on phones), newest year first; exported for the benchmark. */
export function OverviewTable({ rows, currentYear, onOpenYear }: { rows: OverviewRow[]; currentYear: number; onOpenYear: (year: number) => void }) {
  const figure = (cell: OverviewCell) => (
    <>
      <span class="nowrap">{t.credited(cell.credited)}</span>
      {cell.required === null ? t.noRequiredFigure : <> / <span class="nowrap">{t.required(cell.required)}</span></>}
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

const BAR = { width: 80, height: 10, gap: 4, label: 22 } as const;

/** Credited against required for the public and the professional kind as two bars; the figures it draws are its label (and the row's cells). */
function YearChart({ row }: { row: OverviewRow }) {
  const cells = [row.cells.public, row.cells.professional];
  const label = t.chartLabel(
    row.year,
    cells.map((cell) => t.chartPart(cell.label, cell.credited, cell.required)),
  );
  const height = cells.length * (BAR.height + BAR.gap);
  return (
    <svg class="years-chart" role="img" aria-label={label} viewBox={`0 0 ${BAR.label + BAR.width} ${height}`} width={BAR.label + BAR.width} height={height}>
      {cells.map((cell, index) => {
        const y = index * (BAR.height + BAR.gap);
        const share = cell.requiredTenths === null || cell.requiredTenths === 0 ? 0 : Math.min(1, cell.creditedTenths / cell.requiredTenths);
        return (
          <g key={cell.part}>
            <text class="years-chart__label" x="0" y={y + BAR.height - 1} font-size="10">
              {cell.label.slice(0, 2)}
            </text>
            <rect class="years-chart__track" x={BAR.label} y={y} width={BAR.width} height={BAR.height} stroke-width="0.5" />
            {share > 0 && <rect class={share >= 1 ? 'years-chart__bar years-chart__bar--met' : 'years-chart__bar'} x={BAR.label} y={y} width={BAR.width * share} height={BAR.height} />}
          </g>
        );
      })}
    </svg>
  );
}

type RangeStep = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string; note?: string } | { kind: 'error'; message: string };

function RangeRecord({ db, ruleSets, calendar, today, profile, todayYear }: { db: AppDatabase; ruleSets: readonly RuleSet[]; calendar: WorkingCalendar; today: string; profile: Profile; todayYear: number }) {
  const [start, setStart] = useState(String(Math.max(FIRST_YEAR, todayYear - 4)));
  const [end, setEnd] = useState(String(todayYear));
  const [check, setCheck] = useState<RangeCheck | null>(null);
  const [step, setStep] = useState<RangeStep>({ kind: 'idle' });
  const [printView, setPrintView] = useState<{ model: RangeSummaryModel; View: FunctionComponent<{ model: RangeSummaryModel }> } | null>(null);

  useEffect(() => {
    if (!printView) return undefined;
    const done = () => setPrintView(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [printView]);

  const error = check && !check.ok ? t.rangeProblem(check.problem) : undefined;
  const startError = check && !check.ok && check.field === 'start' ? error : undefined;
  const endError = check && !check.ok && check.field === 'end' ? error : undefined;
  const toYear = (value: string) => (/^\s*\d{4}\s*$/.test(value.normalize('NFKC')) ? Number(value.normalize('NFKC').trim()) : Number.NaN);

  /** Checks the range; when it is valid, reads its years and builds what `make` needs. Nothing is generated otherwise. */
  const run = async (make: (years: { report: YearReport; entries: Entry[] }[], range: Extract<RangeCheck, { ok: true }>) => Promise<void>) => {
    const checked = checkYearRange(toYear(start), toYear(end));
    setCheck(checked);
    if (!checked.ok) {
      setStep({ kind: 'idle' });
      return;
    }
    setStep({ kind: 'working' });
    try {
      const entries = await entriesOfYears(db, checked.years);
      await make(reportsOf(checked.years, entries, ruleSets, today, calendar), checked);
    } catch (caught) {
      setStep({ kind: 'error', message: t.failed(caught instanceof Error ? caught.message : String(caught)) });
    }
  };

  const model = async (years: { report: YearReport; entries: Entry[] }[]) => {
    const { buildRangeSummary } = await import('./runtime/rangeModule');
    return buildRangeSummary({ years, profile, generatedOn: today });
  };

  const pdf = () =>
    run(async (years) => {
      const [summary, { makeRangePdf }] = await Promise.all([model(years), import('../pdf/makeSummaryPdf')]);
      const { bytes, unprintable } = await makeRangePdf(summary);
      const name = `${summary.title}.pdf`;
      downloadFile(new Uint8Array(bytes), name, 'application/pdf');
      setStep({
        kind: 'done',
        message: t.pdfDone(name, (bytes.byteLength / 1024).toFixed(0)),
        ...(unprintable.length > 0 ? { note: t.pdfReplaced(unprintable.map((item) => item.char)) } : {}),
      });
    });

  const print = () =>
    run(async (years) => {
      const [summary, { RangeSummaryView }] = await Promise.all([model(years), import('./runtime/rangeModule')]);
      setPrintView({ model: summary, View: RangeSummaryView });
      setStep({ kind: 'idle' });
      requestAnimationFrame(() => window.print());
    });

  const csv = () =>
    run(async (years, range) => {
      const { rangeEntriesToCsv, rangeSummaryTitle } = await import('./runtime/rangeModule');
      const name = `${rangeSummaryTitle(range.start, range.end)}.csv`;
      downloadFile(rangeEntriesToCsv(years.map(({ report, entries }) => ({ year: report.year, entries }))), name, 'text/csv;charset=utf-8');
      setStep({ kind: 'done', message: t.csvDone(name, years.reduce((sum, year) => sum + year.entries.length, 0)) });
    });

  return (
    <section class="range-record" aria-labelledby="range-title">
      <h3 id="range-title">{t.rangeTitle}</h3>
      <p class="field__hint">{t.rangeIntro}</p>
      <div class="range-record__fields">
        <Field id="range-start" label={t.rangeStart} error={startError} hint={t.rangeHint}>
          <input
            id="range-start"
            inputMode="numeric"
            autoComplete="off"
            value={start}
            aria-invalid={startError ? 'true' : undefined}
            aria-describedby={describedBy('range-start', startError, true)}
            onInput={(event) => setStart(event.currentTarget.value)}
          />
        </Field>
        <Field id="range-end" label={t.rangeEnd} error={endError}>
          <input
            id="range-end"
            inputMode="numeric"
            autoComplete="off"
            value={end}
            aria-invalid={endError ? 'true' : undefined}
            aria-describedby={describedBy('range-end', endError)}
            onInput={(event) => setEnd(event.currentTarget.value)}
          />
        </Field>
      </div>
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={step.kind === 'working'} onClick={() => void pdf()}>
          {t.rangePdf}
        </button>
        <button type="button" disabled={step.kind === 'working'} onClick={() => void print()}>
          {t.rangePrint}
        </button>
        <button type="button" disabled={step.kind === 'working'} onClick={() => void csv()}>
          {t.rangeCsv}
        </button>
      </div>
      <div role="status" aria-live="polite" class="range-status">
        {step.kind === 'working' && <p>{t.working}</p>}
        {step.kind === 'done' && <p>{step.message}</p>}
        {step.kind === 'done' && step.note && <p>{step.note}</p>}
      </div>
      {step.kind === 'error' && (
        <p class="field__error" role="alert">
          {step.message}
        </p>
      )}
      {printView && <printView.View model={printView.model} />}
    </section>
  );
}
