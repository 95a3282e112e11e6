import type { DeclarationRound, Entry } from '../schemas/entry';
import { formatHours } from '../hours/formatHours';
import { KINDS, mayBePlatformRecorded, WAYS_BY_KIND, type Kind } from '../vocabulary';

/** What the entry form holds: every control's value as text, as the browser gives it. */
export interface EntryFormValues {
  title: string;
  kind: string;
  way: string;
  wayNote: string;
  startDate: string;
  endDate: string;
  hours: string;
  provider: string;
  recording: string;
  status: string;
  declaredOn: string;
  employerApprovedOn: string;
  approvedOn: string;
  returnedOn: string;
  returnedBy: string;
  returnReason: string;
  notes: string;
}

export type EntryField = keyof EntryFormValues;

export type FieldErrors = Partial<Record<EntryField, string>>;

/**
 * A blank form for a new entry, dated `today`. It starts as 需申报·待申报: the
 * platform-recorded choice is offered only for online study and must be picked
 * by the person, so the form never counts hours as credited on its own.
 */
export function emptyEntryForm(today: string): EntryFormValues {
  return {
    title: '',
    kind: 'public',
    way: 'onlineStudy',
    wayNote: '',
    startDate: today,
    endDate: today,
    hours: '',
    provider: '',
    recording: 'declare',
    status: 'notDeclared',
    declaredOn: '',
    employerApprovedOn: '',
    approvedOn: '',
    returnedOn: '',
    returnedBy: '',
    returnReason: '',
    notes: '',
  };
}

/**
 * A stored draft back as form values: only the form's own text fields are
 * taken, anything else is ignored; null when there is nothing usable.
 */
export function entryFormFromDraft(stored: unknown, today: string): EntryFormValues | null {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return null;
  const draft = stored as Record<string, unknown>;
  const blank = emptyEntryForm(today);
  const fields = Object.keys(blank) as (keyof EntryFormValues)[];
  if (!fields.some((field) => typeof draft[field] === 'string')) return null;
  return Object.fromEntries(fields.map((field) => [field, typeof draft[field] === 'string' ? draft[field] : blank[field]])) as unknown as EntryFormValues;
}

export function entryFormFromEntry(entry: Entry): EntryFormValues {
  return {
    title: entry.title,
    kind: entry.kind,
    way: entry.way,
    wayNote: entry.wayNote ?? '',
    startDate: entry.startDate,
    endDate: entry.endDate,
    hours: formatHours(entry.hoursTenths),
    provider: entry.providerName ?? '',
    recording: entry.recording,
    status: entry.status,
    declaredOn: entry.declaredOn ?? '',
    employerApprovedOn: entry.employerApprovedOn ?? '',
    approvedOn: entry.approvedOn ?? '',
    returnedOn: entry.returnedOn ?? '',
    returnedBy: entry.returnedBy ?? '',
    returnReason: entry.returnReason ?? '',
    notes: entry.notes ?? '',
  };
}

/** When the kind changes, keep the way if it still fits, else take the kind's first way. */
export function wayForKind(kind: string, way: string): string {
  const ways: readonly string[] = (KINDS as readonly string[]).includes(kind) ? WAYS_BY_KIND[kind as Kind] : [];
  return ways.includes(way) ? way : (ways[0] ?? way);
}

/** The declaration fields a status asks for, in the order the form shows them. */
export type DeclarationField = 'declaredOn' | 'employerApprovedOn' | 'approvedOn' | 'returnedBy' | 'returnedOn' | 'returnReason';

export function fieldsForStatus(status: string): DeclarationField[] {
  switch (status) {
    case 'declared':
      return ['declaredOn'];
    case 'employerApproved':
      return ['declaredOn', 'employerApprovedOn'];
    case 'approved':
      return ['declaredOn', 'employerApprovedOn', 'approvedOn'];
    case 'returned':
      return ['declaredOn', 'returnedBy', 'returnedOn', 'returnReason'];
    default:
      return [];
  }
}

/** When the way changes, platform recording stays only if the new way may have it. */
export function recordingForWay(way: string, recording: string): string {
  return recording === 'platform' && !mayBePlatformRecorded(way) ? 'declare' : recording;
}

/**
 * Declaring a returned entry again: the returned round goes to the history and
 * a new review starts on `declaredOn`. Null when the form does not hold a
 * complete returned round.
 */
export function redeclare(values: EntryFormValues, declaredOn: string): { values: EntryFormValues; round: DeclarationRound } | null {
  if (values.status !== 'returned' || values.declaredOn === '' || values.returnedOn === '' || (values.returnedBy !== 'employer' && values.returnedBy !== 'authority')) return null;
  const round: DeclarationRound = { declaredOn: values.declaredOn, returnedOn: values.returnedOn, returnedBy: values.returnedBy, reason: values.returnReason.trim() || '（未记录原因）' };
  return {
    values: { ...values, status: 'declared', declaredOn, employerApprovedOn: '', approvedOn: '', returnedOn: '', returnedBy: '', returnReason: '' },
    round,
  };
}

/**
 * "再记一条类似的": a new entry's form from an earlier one, for a course taken
 * again. What describes the course is kept; what belongs to the earlier
 * occasion (its dates, its declaration and review, its notes) starts afresh.
 */
export function entryFormFromTemplate(entry: Entry, today: string): EntryFormValues {
  const from = entryFormFromEntry(entry);
  return {
    ...emptyEntryForm(today),
    title: from.title,
    kind: from.kind,
    way: from.way,
    wayNote: from.wayNote,
    hours: from.hours,
    provider: from.provider,
    recording: from.recording,
  };
}
