import { toStorageError } from '../db/errors';
import { panelText } from '../i18n/zhCNPanels';
import { useLog } from './app/logStore';
import { loadActions } from './runtime/loadActions';

/** What the last schema upgrade changed in the person's records, shown once until dismissed. */
export function MigrationNotice({ notes }: { notes: readonly string[] }) {
  const { db, announce } = useLog();
  const onDismiss = () =>
    void loadActions()
      .then(({ dismissMigrationNotes }) => dismissMigrationNotes(db))
      .catch((error: unknown) => announce(toStorageError(error).message));
  return (
    <div class="banner banner--info" role="status">
      <p>
        <strong>{panelText.migrationTitle}</strong> {panelText.migrationIntro}
      </p>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {panelText.migrationDismiss}
      </button>
    </div>
  );
}
