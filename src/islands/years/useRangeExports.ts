import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { yearReports, type YearWithReport } from '../../core/overview/yearReports';
import { checkYearRange, type RangeCheck } from '../../core/overview/yearRange';
import type { RangeSummaryModel } from '../../core/pdf/rangeSummaryModel';
import { entriesOfYears } from '../../db/yearEntries';
import { yearsText as t } from '../../i18n/zhCNYears';
import { useLog } from '../app/logStore';
import { downloadFile } from '../runtime/download';
import { failureText } from '../runtime/failureText';

export type RangeStep = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string; note?: string } | { kind: 'error'; message: string };
type PrintView = { model: RangeSummaryModel; View: FunctionComponent<{ model: RangeSummaryModel }> };

const toYear = (value: string) => (/^\s*\d{4}\s*$/.test(value.normalize('NFKC')) ? Number(value.normalize('NFKC').trim()) : Number.NaN);

/** A range of years as a PDF, a print view or a CSV: checked first, nothing made from an invalid range. */
export function useRangeExports(start: string, end: string) {
  const { db, ruleSets, calendar, today, log } = useLog();
  const [check, setCheck] = useState<RangeCheck | null>(null);
  const [step, setStep] = useState<RangeStep>({ kind: 'idle' });
  const [printView, setPrintView] = useState<PrintView | null>(null);

  useEffect(() => {
    if (!printView) return undefined;
    const done = () => setPrintView(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [printView]);

  const run = async (make: (years: YearWithReport[], range: Extract<RangeCheck, { ok: true }>) => Promise<void>) => {
    const checked = checkYearRange(toYear(start), toYear(end));
    setCheck(checked);
    if (!checked.ok) {
      setStep({ kind: 'idle' });
      return;
    }
    setStep({ kind: 'working' });
    try {
      const entries = await entriesOfYears(db, checked.years);
      await make(yearReports(checked.years, entries, ruleSets, today, calendar), checked);
    } catch (caught) {
      setStep({ kind: 'error', message: failureText(t.generateFailed, caught) });
    }
  };

  const model = async (years: YearWithReport[]) => {
    const { buildRangeSummary } = await import('../runtime/rangeModule');
    return buildRangeSummary({ years, profile: log.profile, generatedOn: today });
  };

  const pdf = () =>
    run(async (years) => {
      const [summary, { makeRangePdf }] = await Promise.all([model(years), import('../../pdf/makeSummaryPdf')]);
      const { bytes, unprintable } = await makeRangePdf(summary);
      const name = summary.fileName;
      downloadFile(new Uint8Array(bytes), name, 'application/pdf');
      setStep({
        kind: 'done',
        message: t.pdfDone(name, bytes.byteLength),
        ...(unprintable.length > 0 ? { note: t.pdfReplaced(unprintable.map((item) => item.char)) } : {}),
      });
    });

  const print = () =>
    run(async (years) => {
      const [summary, { RangeSummaryView }] = await Promise.all([model(years), import('../runtime/rangeModule')]);
      setPrintView({ model: summary, View: RangeSummaryView });
      setStep({ kind: 'idle' });
      requestAnimationFrame(() => window.print());
    });

  const csv = () =>
    run(async (years, range) => {
      const { rangeEntriesToCsv, rangeSummaryTitle } = await import('../runtime/rangeModule');
      const name = `${rangeSummaryTitle(range.start, range.end)}.csv`;
      downloadFile(rangeEntriesToCsv(years.map(({ report, entries }) => ({ year: report.year, entries }))), name, 'text/csv;charset=utf-8');
      setStep({ kind: 'done', message: t.csvDone(name, years.reduce((sum, year) => sum + year.entries.length, 0)) });
    });

  return { check, step, printView, pdf, print, csv };
}
