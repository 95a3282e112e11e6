import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  emptyEntryForm,
  entryFormFromDraft,
  entryFormFromEntry,
  fieldsForStatus,
  recordingForWay,
  redeclare,
  wayForKind,
  type EntryField,
  type EntryFormValues,
  type FieldErrors,
} from '../core/forms/entryForm';
import type { DeclarationRound, Entry } from '../core/schemas/entry';
import { KIND_LABELS, KINDS, mayBePlatformRecorded, RECORDING_LABELS, RECORDINGS, REVIEWER_LABELS, REVIEWERS, STATUS_LABELS, STATUSES, WAY_LABELS, WAYS_BY_KIND, type Kind } from '../core/vocabulary';
import { text } from '../i18n/zhCN';
import { entryFieldLabels as labels, entryFormText } from '../i18n/entryFields';
import { loadingText } from '../i18n/loading';
import { describedBy, Field } from './Field';
import { preventImeEnter } from './runtime/ime';
import type { AppDatabase } from '../db/database';
import { clearEntryDraft, loadEntryDraft, saveEntryDraft } from '../db/drafts';
import { lazy } from './runtime/lazy';
import { loadActions } from './runtime/loadActions';

// Needed only when two tabs save the same entry: fetched then.
const ConflictChoice = lazy(() => import('./ConflictChoice').then((module) => module.ConflictChoice), loadingText.parts.conflict);

export interface BaseOption {
  number: number;
  name: string;
}

interface Props {
  db: AppDatabase;
  /** The entry being edited, or null for a new one. */
  editing: Entry | null;
  today: string;
  bases: readonly BaseOption[];
  disabled: boolean;
  newId: () => string;
  /** The revision the edit started from, checked when saving. */
  baseRevision?: number | undefined;
  /** Stores the entry; rejects with a message for the user when storage fails (a StorageError with code 'conflict' carries the newer version). */
  onSave: (entry: Entry, isNew: boolean, baseRevision?: number) => Promise<void>;
  onCancel: () => void;
}

const DATE_FIELDS = ['declaredOn', 'employerApprovedOn', 'approvedOn', 'returnedOn'] as const;

function sameValues(a: EntryFormValues, b: EntryFormValues): boolean {
  return (Object.keys(a) as EntryField[]).every((field) => a[field] === b[field]);
}

function isConflict(error: unknown): error is { code: 'conflict'; current: Entry; revision: number } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'conflict' && 'current' in error && 'revision' in error;
}

const FIELD_ORDER: EntryField[] = [
  'title',
  'kind',
  'way',
  'wayNote',
  'startDate',
  'endDate',
  'hours',
  'provider',
  'recording',
  'status',
  'declaredOn',
  'employerApprovedOn',
  'approvedOn',
  'returnedBy',
  'returnedOn',
  'returnReason',
  'notes',
];

/** Adding or editing one entry. Messages appear at their fields; nothing is stored until every field is valid. */
export function EntryForm({ db, editing, baseRevision, today, bases, disabled, newId, onSave, onCancel }: Props) {
  const initial = useMemo(() => (editing ? entryFormFromEntry(editing) : emptyEntryForm(today)), [editing, today]);
  const [values, setValues] = useState<EntryFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [rounds, setRounds] = useState<DeclarationRound[]>(() => [...(editing?.previousRounds ?? [])]);
  const [revision, setRevision] = useState(baseRevision);
  const [conflict, setConflict] = useState<{ theirs: Entry; revision: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (field: EntryField, value: string) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'kind') next.way = wayForKind(value, current.way);
      if (field === 'kind' || field === 'way') next.recording = recordingForWay(next.way, next.recording);
      if (field === 'startDate' && (current.endDate === '' || current.endDate < value)) next.endDate = value;
      return next;
    });
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  // A new entry's draft survives a reload, a closed tab or a crash (IndexedDB); an edit in progress marks the form unsaved instead.
  const dirty = (Object.keys(values) as EntryField[]).some((field) => values[field] !== initial[field]);
  const draftChecked = useRef(editing !== null);
  useEffect(() => {
    if (editing) return;
    let active = true;
    void loadEntryDraft(db)
      .then((stored) => {
        const draft = entryFormFromDraft(stored, today);
        // Taken back only into a form the person has not started typing in.
        if (active && draft) setValues((current) => (sameValues(current, initial) ? draft : current));
      })
      .catch(() => undefined)
      .finally(() => {
        draftChecked.current = true;
      });
    return () => {
      active = false;
    };
  }, [db, editing, initial, today]);
  useEffect(() => {
    if (editing || !draftChecked.current) return;
    if (dirty) void saveEntryDraft(db, { ...values });
    else void clearEntryDraft(db);
  }, [db, editing, dirty, values]);

  const baseNumberOf = (name: string) => bases.find((base) => base.name === name)?.number;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving || disabled) return;
    let parseEntryForm;
    try {
      ({ parseEntryForm } = await loadActions());
    } catch {
      setFormMessage(entryFormText.saveUnavailable);
      return;
    }
    const result = parseEntryForm(values, { id: editing?.id ?? newId(), baseNumberOf, previousRounds: rounds });
    if (!result.ok) {
      setErrors(result.errors);
      const count = Object.values(result.errors).filter(Boolean).length;
      setFormMessage(text.formErrors(count));
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(result.entry, editing === null, revision);
      setErrors({});
      setFormMessage('');
      setConflict(null);
      if (editing === null) {
        // Nothing carries over: the next entry starts from the same neutral defaults as the first.
        void clearEntryDraft(db);
        setValues(emptyEntryForm(today));
        setRounds([]);
      }
    } catch (error) {
      setFormMessage(error instanceof Error ? error.message : String(error));
      if (isConflict(error)) setConflict({ theirs: error.current, revision: error.revision });
    } finally {
      setSaving(false);
    }
  };

  const kind = (KINDS as readonly string[]).includes(values.kind) ? (values.kind as Kind) : 'public';
  const declare = values.recording === 'declare';
  const platformAllowed = mayBePlatformRecorded(values.way);
  const declarationFields = declare ? fieldsForStatus(values.status) : [];
  const redeclared = declare ? redeclare(values, today) : null;
  const input = (field: EntryField, extra: Record<string, unknown> = {}, hint = false) => ({
    id: `entry-${field}`,
    name: field,
    value: values[field],
    onInput: (event: Event) => set(field, (event.currentTarget as HTMLInputElement).value),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy(`entry-${field}`, errors[field], hint),
    ...extra,
  });

  return (
    <form ref={formRef} class="entry-form" onSubmit={submit} onKeyDown={preventImeEnter} noValidate data-unsaved={editing !== null && dirty ? 'true' : undefined}>
      <fieldset disabled={disabled || saving}>
        <legend>{editing ? text.formEditTitle(editing.title) : text.formAddTitle}</legend>
        {formMessage && (
          <p class="form-message" role="alert">
            {formMessage}
          </p>
        )}
        {conflict && (
          <ConflictChoice
            theirs={conflict.theirs}
            mine={values}
            onKeepMine={() => {
              // Save again over the version now stored, which the person has seen.
              setRevision(conflict.revision);
              setConflict(null);
              setFormMessage(text.conflictKeepMine);
            }}
            onTakeTheirs={() => {
              setValues(entryFormFromEntry(conflict.theirs));
              setRounds([...(conflict.theirs.previousRounds ?? [])]);
              setRevision(conflict.revision);
              setConflict(null);
              setFormMessage(text.conflictTookTheirs);
            }}
          />
        )}
        <Field id="entry-title" label={labels.title} error={errors.title}>
          <input type="text" autocomplete="off" maxLength={200} {...input('title')} />
        </Field>

        <fieldset class={`choice${errors.kind ? ' field--invalid' : ''}`} aria-describedby={errors.kind ? 'entry-kind-error' : undefined}>
          <legend>{labels.kind}</legend>
          {KINDS.map((option) => (
            <label key={option} class="choice__option">
              <input type="radio" name="kind" value={option} checked={values.kind === option} onChange={() => set('kind', option)} />
              {KIND_LABELS[option]}
            </label>
          ))}
          {errors.kind && (
            <p class="field__error" id="entry-kind-error">
              {errors.kind}
            </p>
          )}
        </fieldset>

        <Field id="entry-way" label={labels.way} error={errors.way}>
          <select {...input('way', { onChange: (event: Event) => set('way', (event.currentTarget as HTMLSelectElement).value) })}>
            {WAYS_BY_KIND[kind].map((way) => (
              <option key={way} value={way}>
                {WAY_LABELS[way]}
              </option>
            ))}
          </select>
        </Field>

        {values.way === 'other' && (
          <Field id="entry-wayNote" label={text.wayNoteLabel} error={errors.wayNote} hint={text.wayNoteHint}>
            <input type="text" autocomplete="off" maxLength={100} {...input('wayNote', {}, true)} />
          </Field>
        )}

        <div class="field-pair">
          <Field id="entry-startDate" label={labels.startDate} error={errors.startDate}>
            <input type="date" min="2000-01-01" max="2100-12-31" {...input('startDate')} />
          </Field>
          <Field id="entry-endDate" label={labels.endDate} error={errors.endDate} hint={entryFormText.endDateHint}>
            <input type="date" min="2000-01-01" max="2100-12-31" {...input('endDate', {}, true)} />
          </Field>
        </div>

        <Field id="entry-hours" label={labels.hours} error={errors.hours} hint={entryFormText.hoursHint}>
          <input type="text" inputMode="decimal" autocomplete="off" {...input('hours', {}, true)} />
        </Field>

        <Field id="entry-provider" label={labels.provider} error={errors.provider} hint={entryFormText.providerHint}>
          <input type="text" list="entry-bases" autocomplete="off" maxLength={100} {...input('provider', {}, true)} />
        </Field>
        <datalist id="entry-bases">
          {bases.map((base) => (
            <option key={base.number} value={base.name} />
          ))}
        </datalist>

        {platformAllowed ? (
          <fieldset class={`choice${errors.recording ? ' field--invalid' : ''}`} aria-describedby="entry-recording-hint">
            <legend>{entryFormText.recordingLegend}</legend>
            {RECORDINGS.map((option) => (
              <label key={option} class="choice__option">
                <input type="radio" name="recording" value={option} checked={values.recording === option} onChange={() => set('recording', option)} />
                {RECORDING_LABELS[option]}
              </label>
            ))}
            <p class="field__hint" id="entry-recording-hint">
              {text.platformHint}
            </p>
            {errors.recording && <p class="field__error">{errors.recording}</p>}
          </fieldset>
        ) : (
          <p class="field__hint recording-fixed" id="entry-recording-fixed">
            {text.mustDeclare}
            {errors.recording && <span class="field__error"> {errors.recording}</span>}
          </p>
        )}

        {declare && (
          <Field id="entry-status" label={labels.status} error={errors.status}>
            <select {...input('status', { onChange: (event: Event) => set('status', (event.currentTarget as HTMLSelectElement).value) })}>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </Field>
        )}

        {declarationFields.length > 0 && (
          <div class="field-pair">
            {declarationFields.map((field) =>
              (DATE_FIELDS as readonly string[]).includes(field) ? (
                <Field key={field} id={`entry-${field}`} label={text.declarationLabels[field]} error={errors[field]}>
                  <input type="date" min="2000-01-01" max="2100-12-31" {...input(field)} />
                </Field>
              ) : field === 'returnedBy' ? (
                <Field key={field} id="entry-returnedBy" label={text.declarationLabels.returnedBy} error={errors.returnedBy}>
                  <select {...input('returnedBy', { onChange: (event: Event) => set('returnedBy', (event.currentTarget as HTMLSelectElement).value) })}>
                    <option value="">{text.choose}</option>
                    {REVIEWERS.map((reviewer) => (
                      <option key={reviewer} value={reviewer}>
                        {REVIEWER_LABELS[reviewer]}
                      </option>
                    ))}
                  </select>
                </Field>
              ) : (
                <Field key={field} id="entry-returnReason" label={text.declarationLabels.returnReason} error={errors.returnReason}>
                  <textarea rows={2} maxLength={500} {...input('returnReason')} />
                </Field>
              ),
            )}
          </div>
        )}

        {redeclared && editing?.status === 'returned' && (
          <p class="redeclare">
            <button
              type="button"
              onClick={() => {
                setRounds((current) => [...current, redeclared.round]);
                setValues(redeclared.values);
              }}
            >
              {text.redeclare}
            </button>{' '}
            <span class="field__hint">{text.redeclareHint}</span>
          </p>
        )}

        {rounds.length > 0 && (
          <div class="rounds">
            <p class="rounds__title">{text.roundsTitle}</p>
            <ul>
              {rounds.map((round, index) => (
                <li key={index}>{text.roundLine(round.declaredOn, REVIEWER_LABELS[round.returnedBy], round.returnedOn, round.reason)}</li>
              ))}
            </ul>
          </div>
        )}

        <Field id="entry-notes" label={labels.notes} error={errors.notes}>
          <textarea rows={2} maxLength={2000} {...input('notes')} />
        </Field>

        <div class="form-actions">
          <button type="submit" class="button--primary">
            {editing ? text.saveChanges : text.save}
          </button>
          {editing ? (
            <button type="button" onClick={onCancel}>
              {text.cancelEdit}
            </button>
          ) : (
            <button
              type="button"
              onClick={() => {
                void clearEntryDraft(db);
                setValues(emptyEntryForm(today));
                setRounds([]);
                setErrors({});
                setFormMessage('');
              }}
            >
              {text.clearForm}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
