import { icsUtcStamp } from '../../core/calendar/icsStamp';
import { dataText as t } from '../../i18n/dataPanel';
import { useLog } from '../app/logStore';
import { FailureMessage } from '../FailureMessage';
import { downloadFile } from '../runtime/download';
import { loadDataActions, useTask } from './task';

/** The deadline and the advised day as calendar reminders, in the year report's own words. */
export function CalendarSection() {
  const { year, report, announce } = useLog();
  const { busy, failure, run } = useTask();
  const exportIcs = () =>
    run(async () => {
      const actions = await loadDataActions();
      const stamp = icsUtcStamp(new Date());
      downloadFile(actions.deadlineCalendar(report, stamp), t.icsFileName(year), 'text/calendar;charset=utf-8');
      announce(t.icsDownloaded);
    });
  return (
    <>
      <h3>{t.calendarTitle}</h3>
      <p class="field__hint">{t.calendarHint(year)}</p>
      <button type="button" disabled={busy} onClick={() => void exportIcs()}>
        {t.downloadCalendar(year)}
      </button>
      <FailureMessage message={failure} />
    </>
  );
}
