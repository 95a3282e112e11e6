import type { Entry } from '../schemas/entry';
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
