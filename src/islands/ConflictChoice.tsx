import { entryFormFromEntry, type EntryFormValues } from '../core/forms/entryForm';
import type { Entry } from '../core/schemas/entry';
import { KIND_LABELS, STATUS_LABELS, WAY_LABELS, type DeclarationStatus, type Kind, type Way } from '../core/vocabulary';
import { withHoursUnit } from '../i18n/entryFields';
import { panelText as text } from '../i18n/zhCNPanels';

/** The fields shown side by side when two saves of one entry collide. */
const COMPARED = ['title', 'kind', 'way', 'startDate', 'endDate', 'hours', 'provider', 'status', 'declaredOn', 'notes'] as const;

function shown(values: EntryFormValues, field: (typeof COMPARED)[number]): string {
  const value = values[field];
  if (field === 'kind') return KIND_LABELS[value as Kind] ?? value;
  if (field === 'way') return WAY_LABELS[value as Way] ?? value;
  if (field === 'status') return STATUS_LABELS[value as DeclarationStatus] ?? value;
  if (field === 'hours') return value === '' ? '' : withHoursUnit(value);
  return value;
}

/** Another tab saved this entry after the form was opened: both versions, and the person chooses. */
export function ConflictChoice({ theirs, mine, onKeepMine, onTakeTheirs }: { theirs: Entry; mine: EntryFormValues; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const stored = entryFormFromEntry(theirs);
  const differing = COMPARED.filter((field) => shown(stored, field) !== shown(mine, field));
  return (
    <div class="conflict" role="group" aria-labelledby="conflict-title">
      <p id="conflict-title">
        <strong>{text.conflictTitle}</strong>
      </p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{text.conflictField}</th>
              <th scope="col">{text.conflictTheirs}</th>
              <th scope="col">{text.conflictMine}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((field) => (
              <tr key={field}>
                <th scope="row">{text.conflictLabels[field]}</th>
                <td>{shown(stored, field)}</td>
                <td>{shown(mine, field)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="form-actions">
        <button type="button" onClick={onTakeTheirs}>
          {text.conflictTakeTheirs}
        </button>
        <button type="button" onClick={onKeepMine}>
          {text.conflictUseMine}
        </button>
      </div>
    </div>
  );
}
