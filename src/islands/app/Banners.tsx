import { StorageError } from '../../db/errors';
import { text } from '../../i18n/zhCN';
import { loadingText } from '../../i18n/loading';
import { toStorageError } from '../../db/errors';
import { lazy } from '../runtime/lazy';
import { loadActions } from '../runtime/loadActions';
import { useLog } from './logStore';

const MigrationNotice = lazy(() => import('../MigrationNotice').then((module) => module.MigrationNotice), loadingText.parts.migration);

/** What stops or changes the log as a whole: read-only, a waiting upgrade, what the last upgrade changed. */
export function Banners() {
  const { db, readOnlyReason, outdated, blocked, readOnly, log, announce } = useLog();
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
      {log.migrationNotes.length > 0 && (
        <MigrationNotice
          notes={log.migrationNotes}
          onDismiss={() =>
            void loadActions()
              .then(({ dismissMigrationNotes }) => dismissMigrationNotes(db))
              .catch((error: unknown) => announce(toStorageError(error).message))
          }
        />
      )}
    </>
  );
}
