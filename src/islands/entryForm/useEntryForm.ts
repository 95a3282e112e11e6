import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  emptyEntryForm,
  entryFormFromDraft,
  entryFormFromEntry,
  entryFormFromTemplate,
  recordingForWay,
  wayForKind,
  type EntryField,
  type EntryFormValues,
  type FieldErrors,
} from '../../core/forms/entryForm';
import type { DeclarationRound, Entry } from '../../core/schemas/entry';
import { chineseMessage } from '../../core/failureMessage';
import { failureWords } from '../../i18n/failures';
import { clearEntryDraft, loadEntryDraft, saveEntryDraft } from '../../db/drafts';
import { entryFormText } from '../../i18n/entryFields';
import { useLog, type FormState } from '../app/logStore';
import { loadActions } from '../runtime/loadActions';
import type { CertificateReading } from '../../core/certificate/extractFields';
import { fillFromCertificate } from '../../core/forms/fillFromCertificate';
import { MAX_EVIDENCE_BYTES } from '../../core/evidence/fileType';

/** A certificate is kept with its entry when it fits the attachment limit (it was read, so it is an image or PDF). */
export function attachable(file: File | null): file is File {
  return file !== null && file.size <= MAX_EVIDENCE_BYTES;
}

/** The fields in the order they appear, so the first invalid one gets focus. */
const FIELD_ORDER: EntryField[] = [
  'title', 'kind', 'way', 'wayNote', 'startDate', 'endDate', 'hours', 'provider', 'recording',
  'status', 'declaredOn', 'employerApprovedOn', 'approvedOn', 'returnedBy', 'returnedOn', 'returnReason', 'notes',
];

export interface Conflict {
  theirs: Entry;
  revision: number;
}

function sameValues(a: EntryFormValues, b: EntryFormValues): boolean {
  return (Object.keys(a) as EntryField[]).every((field) => a[field] === b[field]);
}

function isConflict(error: unknown): error is { code: 'conflict'; current: Entry; revision: number } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'conflict' && 'current' in error && 'revision' in error;
}

function initialValues(form: FormState, today: string): EntryFormValues {
  if (form.mode === 'edit') return entryFormFromEntry(form.entry);
  if (form.mode === 'new' && form.template) return entryFormFromTemplate(form.template, today);
  return emptyEntryForm(today);
}

/** The entry form's state: values, errors, the draft kept across reloads, the save with its conflict check. */
export function useEntryForm(form: FormState) {
  const { db, today, bases, readOnly, newId, saveEntry } = useLog();
  const editing = form.mode === 'edit' ? form.entry : null;
  const initial = useMemo(() => initialValues(form, today), [form, today]);
  const [values, setValues] = useState<EntryFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [rounds, setRounds] = useState<DeclarationRound[]>(() => [...(editing?.previousRounds ?? [])]);
  const [revision, setRevision] = useState(form.mode === 'edit' ? form.revision : undefined);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // Values taken back from an unsaved draft are said to be so: a form that opens filled is otherwise a surprise.
  const [restored, setRestored] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Fields filled from a certificate, marked until the person touches them; the certificate itself is kept with the entry on 保存.
  const [recognised, setRecognised] = useState<ReadonlySet<EntryField>>(() => new Set());
  const [certificate, setCertificate] = useState<File | null>(null);
  // Only a blank new form takes a stored draft back; an edit or a "similar" entry starts from its own values.
  const usesDraft = form.mode !== 'edit' && !(form.mode === 'new' && form.template);

  const set = (field: EntryField, value: string) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'kind') next.way = wayForKind(value, current.way);
      if (field === 'kind' || field === 'way') next.recording = recordingForWay(next.way, next.recording);
      if (field === 'startDate' && (current.endDate === '' || current.endDate < value)) next.endDate = value;
      return next;
    });
    setErrors((current) => ({ ...current, [field]: undefined }));
    setRecognised((current) => (current.has(field) ? new Set([...current].filter((name) => name !== field)) : current));
  };

  // A new entry takes what the person has not typed; an entry being edited only fills its empty fields.
  const applyReading = (reading: CertificateReading, file: File): { filled: number; kept: number; editing: boolean } => {
    const mayFill = editing ? (field: EntryField) => values[field] === '' : (field: EntryField) => values[field] === initial[field] || recognised.has(field);
    const result = fillFromCertificate(values, reading, mayFill);
    setValues(result.values);
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !result.filled.includes(field as EntryField))));
    setRecognised(new Set([...recognised, ...result.filled]));
    // A certificate read from the entry's own evidence is kept already.
    if (form.mode !== 'edit' || form.readFrom !== file) setCertificate(file);
    return { filled: result.filled.length, kept: result.kept.length, editing: editing !== null };
  };

  // A new entry's draft survives a reload, a closed tab or a crash (IndexedDB); an edit in progress marks the form unsaved instead.
  const dirty = (Object.keys(values) as EntryField[]).some((field) => values[field] !== initial[field]);
  const draftChecked = useRef(!usesDraft);
  useEffect(() => {
    if (!usesDraft) return;
    let active = true;
    void loadEntryDraft(db)
      .then((stored) => {
        const draft = entryFormFromDraft(stored, today);
        // Taken back only into a form the person has not started typing in.
        if (active && draft) {
          setValues((current) => (sameValues(current, initial) ? draft : current));
          setRestored(true);
        }
      })
      .catch(() => undefined)
      .finally(() => {
        draftChecked.current = true;
      });
    return () => {
      active = false;
    };
  }, [db, usesDraft, initial, today]);
  useEffect(() => {
    if (!usesDraft || !draftChecked.current) return;
    if (dirty) void saveEntryDraft(db, { ...values });
    else void clearEntryDraft(db);
  }, [db, usesDraft, dirty, values]);

  const reset = () => {
    void clearEntryDraft(db);
    setRestored(false);
    setValues(emptyEntryForm(today));
    setRecognised(new Set());
    setCertificate(null);
    setRounds([]);
    setErrors({});
    setMessage('');
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving || readOnly) return;
    let parseEntryForm;
    try {
      ({ parseEntryForm } = await loadActions());
    } catch {
      setMessage(entryFormText.saveUnavailable);
      return;
    }
    const baseNumberOf = (name: string) => bases.find((base) => base.name === name)?.number;
    const result = parseEntryForm(values, { id: editing?.id ?? newId(), baseNumberOf, previousRounds: rounds, today });
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(entryFormText.formErrors(Object.values(result.errors).filter(Boolean).length));
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await saveEntry(result.entry, editing === null, revision, attachable(certificate) ? certificate : undefined);
      setCertificate(null);
      setRecognised(new Set());
      setErrors({});
      setMessage('');
      setConflict(null);
      // Nothing carries over: the next entry starts from the same neutral defaults as the first.
      if (editing === null) reset();
    } catch (error) {
      setMessage(chineseMessage(error) ?? failureWords.unexpected(entryFormText.save));
      if (isConflict(error)) setConflict({ theirs: error.current, revision: error.revision });
    } finally {
      setSaving(false);
    }
  };

  const keepMine = () => {
    if (!conflict) return;
    // Save again over the version now stored, which the person has seen.
    setRevision(conflict.revision);
    setConflict(null);
    setMessage(entryFormText.conflictKeepMine);
  };
  const takeTheirs = () => {
    if (!conflict) return;
    setValues(entryFormFromEntry(conflict.theirs));
    setRounds([...(conflict.theirs.previousRounds ?? [])]);
    setRevision(conflict.revision);
    setConflict(null);
    setMessage(entryFormText.conflictTookTheirs);
  };

  const addRound = (round: DeclarationRound, next: EntryFormValues) => {
    setRounds((current) => [...current, round]);
    setValues(next);
  };

  return {
    editing, values, errors, message, saving, rounds, conflict, restored, formRef, dirty, set, submit, reset, keepMine, takeTheirs, addRound,
    recognised, certificate, applyReading, dropCertificate: () => setCertificate(null), disabled: readOnly || saving,
  };
}

export type EntryFormModel = ReturnType<typeof useEntryForm>;
