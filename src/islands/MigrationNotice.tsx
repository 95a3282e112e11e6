import { panelText } from '../i18n/zhCNPanels';

/** What the last schema upgrade changed in the person's records, shown once until dismissed. */
export function MigrationNotice({ notes, onDismiss }: { notes: readonly string[]; onDismiss: () => void }) {
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
