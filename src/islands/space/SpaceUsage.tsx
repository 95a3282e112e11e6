import { storageFullText as t } from '../../i18n/storageFull';
import { useLog } from '../app/logStore';
import { LargestEvidence } from './LargestEvidence';
import { useSpaceEstimate } from './useSpaceEstimate';

/** How much of the browser's space this site uses, against what it may use, and the files that take the most. */
export function SpaceUsage() {
  const { log } = useLog();
  const estimate = useSpaceEstimate([log.entryCount, log.evidenceBytes]);
  return (
    <div class="space">
      <h3>{t.spaceTitle}</h3>
      {estimate && estimate.quota > 0 ? (
        <p>
          {t.usage(estimate.usage, estimate.quota)}{' '}
          <meter min={0} max={estimate.quota} value={estimate.usage} aria-label={t.spaceTitle} />
        </p>
      ) : (
        <p>{t.usageUnknown}</p>
      )}
      <LargestEvidence />
    </div>
  );
}
