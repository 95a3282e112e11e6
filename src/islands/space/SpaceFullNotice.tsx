import { closedYears } from '../../core/evidence/space';
import { dataText } from '../../i18n/dataPanel';
import { storageFullText as t } from '../../i18n/storageFull';
import { useLog } from '../app/logStore';
import { FailureMessage } from '../FailureMessage';
import { useBackup } from '../data/useBackup';
import { SpaceUsage } from './SpaceUsage';

/**
 * A write was refused for space: says so, how much the site uses, and the way
 * out in place, in the order that loses nothing: export a backup, free the
 * largest files, then look through a closed year's records.
 */
export function SpaceFullNotice() {
  const { log, today, setYear, go, closeSpaceFull } = useLog();
  const backup = useBackup();
  const years = closedYears(log.years, today).slice(0, 3);
  return (
    <section class="banner space-full" role="alert" aria-label={t.title}>
      <p>
        <strong>{t.title}</strong> {t.notSaved}
      </p>
      <p>{t.exportFirst}</p>
      <button type="button" class="button--primary" disabled={backup.busy} onClick={() => void backup.exportBackup()}>
        {dataText.exportBackup}
      </button>
      <FailureMessage message={backup.failure} />
      <SpaceUsage />
      {years.length > 0 && (
        <p>
          {years.map((year) => (
            <button
              key={year}
              type="button"
              onClick={() => {
                setYear(year);
                go('entries');
              }}
            >
              {t.closedYear(year)}
            </button>
          ))}
        </p>
      )}
      <button type="button" onClick={closeSpaceFull}>
        {t.close}
      </button>
    </section>
  );
}
