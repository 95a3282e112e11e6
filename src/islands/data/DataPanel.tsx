import { BackupSection } from './BackupSection';
import { CalendarSection } from './CalendarSection';
import { CsvSection } from './CsvSection';
import { OfflineReadyLine } from './OfflineReadyLine';
import { SpaceUsage } from '../space/SpaceUsage';

/** Backup and import/export: a backup file, restore with a preview, CSV out and in, calendar reminders. */
export function DataPanel() {
  return (
    <div class="data-panel">
      <BackupSection />
      <CsvSection />
      <CalendarSection />
      <OfflineReadyLine />
      <SpaceUsage />
    </div>
  );
}
