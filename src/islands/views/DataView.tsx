import { loadingText } from '../../i18n/loading';
import { text } from '../../i18n/zhCN';
import { useLog } from '../app/logStore';
import { lazy } from '../runtime/lazy';

const DataPanel = lazy(() => import('../data/DataPanel').then((module) => module.DataPanel), text.dataTitle);
const StoragePanel = lazy(() => import('../StoragePanel').then((module) => module.StoragePanel), loadingText.parts.storage);

/** 数据: backup and restore, spreadsheets and calendar files in and out, and how the browser keeps the data. */
export function DataView() {
  const store = useLog();
  const { log, persistence } = store;
  return (
    <>
      <section aria-labelledby="data-title" class="panel">
        <h2 id="data-title" tabIndex={-1}>
          {text.dataTitle}
        </h2>
        <DataPanel />
      </section>
      <section aria-labelledby="storage-title" class="panel">
        <h2 id="storage-title">{text.storageTitle}</h2>
        <StoragePanel entryCount={log.entryCount} evidenceBytes={log.evidenceBytes} persistence={persistence} onRequestPersist={store.requestPersist} />
      </section>
    </>
  );
}
