import { BackupSection } from './BackupSection';
import { CalendarSection } from './CalendarSection';
import { CsvSection } from './CsvSection';
import { HandoverSection } from './HandoverSection';
import { ReceiptSection } from './ReceiptSection';
import { OfflineReadyLine } from './OfflineReadyLine';
import { SpaceUsage } from '../space/SpaceUsage';

/** Backup and import/export: a backup file, restore with a preview, CSV out and in, 导出给单位 and its 回执, calendar reminders. */
export function DataPanel() {
  return (
    <div class="data-panel">
      <BackupSection />
      <CsvSection />
      <HandoverSection />
      <ReceiptSection />
      <CalendarSection />
      <OfflineReadyLine />
      <SpaceUsage />
    </div>
  );
}
