import { deadlineReminder } from '../../core/rules/reminder';
import { text } from '../../i18n/zhCN';
import { yearMenuText } from '../../i18n/zhCNYearMenu';
import { useLog } from '../app/logStore';
import { Dashboard } from '../Dashboard';
import { UnbreakableText } from '../UnbreakableText';
import { useIdle } from '../hooks/useIdle';
import { lazy } from '../runtime/lazy';

const YearsPanel = lazy(() => import('../years/YearsPanel').then((module) => module.YearsPanel), yearMenuText.overviewTitle);

/** 进度: where the year stands in full (every figure, the deadline, what to act on), and the years before it. */
export function ProgressView() {
  const { year, report, log, loading, nudge, go } = useLog();
  const titles = new Map(log.entries.map((entry) => [entry.id, entry.title]));
  const reminder = deadlineReminder(report);
  // The overview reads every year: it waits until the first answer is on screen and the browser is idle.
  const idle = useIdle();
  return (
    <>
      <section aria-labelledby="dashboard-title" class="panel">
        <h2 id="dashboard-title" tabIndex={-1}>
          {text.dashboardTitle(year)}
        </h2>
        {reminder && (
          <p class="reminder">
            <UnbreakableText text={reminder} />
          </p>
        )}
        {nudge && (
          <p class="nudge">
            {nudge}{' '}
            <a href="#data" onClick={() => go('data')}>
              {text.goBackup}
            </a>
          </p>
        )}
        {/* The dashboard is drawn once the log is read (before that the strip and this heading are on screen); until then a tall empty box holds the place, so nothing below jumps. */}
        <div class={loading ? 'dashboard-slot dashboard-slot--loading' : 'dashboard-slot'} aria-busy={loading}>
          {loading ? <p class="dashboard-slot__message">{text.loading}</p> : <Dashboard report={report} titleOf={(id) => titles.get(id) ?? id} />}
        </div>
      </section>
      {idle && !loading && (
      <section aria-labelledby="years-title" class="panel">
        <h2 id="years-title">{yearMenuText.overviewTitle}</h2>
        <YearsPanel />
      </section>
      )}
    </>
  );
}
