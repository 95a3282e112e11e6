import { loadingText } from '../../i18n/loading';
import { text } from '../../i18n/zhCN';
import { useLog } from '../app/logStore';
import { lazy } from '../runtime/lazy';

const DataPanel = lazy(() => import('../DataPanel').then((module) => module.DataPanel), text.dataTitle);
const StoragePanel = lazy(() => import('../StoragePanel').then((module) => module.StoragePanel), loadingText.parts.storage);

/** 数据: backup and restore, spreadsheets and calendar files in and out, and how the browser keeps the data. */
export function DataView() {
  const store = useLog();
  const { log, persistence, nudge } = store;
  return (
    <>
      <section aria-labelledby="data-title" class="panel">
        <h2 id="data-title" tabIndex={-1}>
          {text.dataTitle}
        </h2>
        <DataPanel
          db={store.db}
          year={store.year}
          report={store.report}
          yearEntries={log.entries}
          today={store.today}
          appVersion={store.appVersion}
          bases={store.bases}
          lastBackupAt={log.backup.lastBackupAt}
          changesSinceBackup={log.backup.changesSinceBackup}
          nudge={nudge}
          disabled={store.readOnly}
          newId={store.newId}
          announce={store.announce}
        />
      </section>
      <section aria-labelledby="storage-title" class="panel">
        <h2 id="storage-title">{text.storageTitle}</h2>
        <StoragePanel entryCount={log.entryCount} evidenceBytes={log.evidenceBytes} persistence={persistence} onRequestPersist={store.requestPersist} />
      </section>
    </>
  );
}
