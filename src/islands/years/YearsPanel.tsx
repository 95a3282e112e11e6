import { useEffect, useMemo } from 'preact/hooks';
import { overviewYears, yearsOverview } from '../../core/overview/yearsOverview';
import { yearReports } from '../../core/overview/yearReports';
import { entriesOfYears } from '../../db/yearEntries';
import { yearsText as t } from '../../i18n/zhCNYears';
import { useLog } from '../app/logStore';
import { useLive } from '../hooks/useLive';
import { OverviewTable } from './OverviewTable';
import { RangeRecord } from './RangeRecord';

/** The years overview: every year's standing at a glance, and a record of a range of years (PDF, print view, CSV). */
export function YearsPanel() {
  const { db, ruleSets, calendar, today, log, year: currentYear, setYear, setYearTotals } = useLog();
  const recordedYears = log.years;
  const todayYear = Number(today.slice(0, 4));
  const live = useLive(() => entriesOfYears(db, recordedYears), [db, recordedYears.join(',')]);
  const rows = useMemo(() => {
    if (live.status !== 'ready') return null;
    const years = overviewYears(recordedYears, ruleSets.map((rule) => rule.year), todayYear);
    return yearsOverview(yearReports(years, live.value, ruleSets, today, calendar));
  }, [live, ruleSets, today, calendar]);

  /** Opens the year on the dashboard above, and takes the person there. */
  const open = (year: number) => {
    setYear(year);
    const heading = document.getElementById('dashboard-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  useEffect(() => {
    if (rows) setYearTotals(new Map(rows.map((row) => [row.year, row.loggedTenths])));
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
      <RangeRecord />
    </div>
  );
}
