import { entrySchema, type Entry } from '../schemas/entry';
import { parseHoursText } from '../schemas/hoursText';
import { formatHours } from '../format/chineseDate';
import { KINDS, WAYS_BY_KIND, type Kind } from '../vocabulary';

/** What the entry form holds: every control's value as text, as the browser gives it. */
export interface EntryFormValues {
  title: string;
  kind: string;
  way: string;
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
  notes: string;
}

export type EntryField = keyof EntryFormValues;

export type FieldErrors = Partial<Record<EntryField, string>>;

export type EntryFormResult = { ok: true; entry: Entry } | { ok: false; errors: FieldErrors };

/** A blank form for a new entry: 公需 online study recorded by the platform, dated `today`. */
export function emptyEntryForm(today: string): EntryFormValues {
  return {
    title: '',
    kind: 'public',
    way: 'onlineStudy',
    startDate: today,
    endDate: today,
    hours: '',
    provider: '',
    recording: 'platform',
    status: 'notDeclared',
    declaredOn: '',
    employerApprovedOn: '',
    approvedOn: '',
    returnedOn: '',
    notes: '',
  };
}

export function entryFormFromEntry(entry: Entry): EntryFormValues {
  return {
    title: entry.title,
    kind: entry.kind,
    way: entry.way,
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
    notes: entry.notes ?? '',
  };
}

/** When the kind changes, keep the way if it still fits, else take the kind's first way. */
export function wayForKind(kind: string, way: string): string {
  const ways: readonly string[] = (KINDS as readonly string[]).includes(kind) ? WAYS_BY_KIND[kind as Kind] : [];
  return ways.includes(way) ? way : (ways[0] ?? way);
}

/** Which declaration dates a status asks for, in the order the form shows them. */
export function datesForStatus(status: string): ('declaredOn' | 'employerApprovedOn' | 'approvedOn' | 'returnedOn')[] {
  switch (status) {
    case 'declared':
      return ['declaredOn'];
    case 'employerApproved':
      return ['declaredOn', 'employerApprovedOn'];
    case 'approved':
      return ['declaredOn', 'approvedOn'];
    case 'returned':
      return ['declaredOn', 'returnedOn'];
    default:
      return [];
  }
}

const FIELD_OF_PATH: Partial<Record<string, EntryField>> = { hoursTenths: 'hours', providerName: 'provider', baseNumber: 'provider' };

/**
 * Turns the form into an entry, or into one Chinese message per field. The
 * provider matches a base by exact name; dates the status does not use are dropped.
 */
export function parseEntryForm(
  values: EntryFormValues,
  context: { id: string; baseNumberOf: (name: string) => number | undefined },
): EntryFormResult {
  const errors: FieldErrors = {};
  const hours = parseHoursText(values.hours);
  if (!hours.ok) errors.hours = hours.message;
  const provider = values.provider.trim();
  const baseNumber = provider === '' ? undefined : context.baseNumberOf(provider);
  // Platform hours need no declaration, whatever the hidden status control still says.
  const recording = values.recording;
  const status = recording === 'platform' ? 'notDeclared' : values.status;
  const usedDates = datesForStatus(status);
  const candidate: Record<string, unknown> = {
    id: context.id,
    title: values.title,
    kind: values.kind,
    way: values.way,
    startDate: values.startDate,
    endDate: values.endDate,
    hoursTenths: hours.ok ? hours.tenths : 1,
    recording,
    status,
  };
  if (provider !== '') candidate['providerName'] = provider;
  if (baseNumber !== undefined) candidate['baseNumber'] = baseNumber;
  for (const field of usedDates) {
    const value = values[field].trim();
    if (value !== '') candidate[field] = value;
  }
  const notes = values.notes.trim();
  if (notes !== '') candidate['notes'] = notes;

  const result = entrySchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = String(issue.path[0] ?? '');
      const field = FIELD_OF_PATH[path] ?? (path as EntryField);
      if (field === 'hours' && errors.hours !== undefined) continue;
      errors[field] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, entry: result.data };
}
