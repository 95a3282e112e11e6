import { StorageError } from '../../db/errors';
import { text } from '../../i18n/zhCN';
import { loadingText } from '../../i18n/loading';
import { lazy } from '../runtime/lazy';
import { useLog } from './logStore';

const FullDevice = lazy(() => import('../space/loadFullDevice').then((module) => module.loadFullDevice()), loadingText.parts.storage);
const MigrationNotice = lazy(() => import('../MigrationNotice').then((module) => module.MigrationNotice), loadingText.parts.migration);

/** What stops or changes the log as a whole: read-only, a waiting upgrade, a full device, what the last upgrade changed. */
export function Banners() {
  const { readOnlyReason, outdated, blocked, readOnly, log, spaceFull, undoFailed } = useLog();
  return (
    <>
      {readOnlyReason && (
        <div class="banner" role="alert">
          {text.readOnlyBanner}
          {readOnlyReason}{' '}
          {outdated && (
            <button type="button" onClick={() => location.reload()}>
              {text.reload}
            </button>
          )}
        </div>
      )}
      {blocked && !readOnly && (
        <div class="banner" role="alert">
          {new StorageError('blocked').message}
        </div>
      )}
      {(spaceFull || undoFailed) && <FullDevice />}
      {log.migrationNotes.length > 0 && (
        <MigrationNotice notes={log.migrationNotes} />
      )}
    </>
  );
}
