import type { CertificateReading } from '../certificate/extractFields';
import { formatHours } from '../hours/formatHours';
import { recordingForWay, wayForKind, type EntryField, type EntryFormValues } from './entryForm';

/**
 * Puts what a certificate reading is sure of into the entry form. Only `sure`
 * values are used: a field the reader is unsure of stays as it was. The
 * person's own typing is never overwritten: `mayFill` says which fields may
 * still be filled (a new entry: those not touched since the form opened; an
 * existing entry: only the empty ones); those are listed as `kept`. The
 * certificate number goes into 备注, after whatever 备注 already says.
 */
export function fillFromCertificate(
  values: EntryFormValues,
  reading: CertificateReading,
  mayFill: (field: EntryField) => boolean,
): { values: EntryFormValues; filled: EntryField[]; kept: EntryField[] } {
  if (!reading.recognised) return { values, filled: [], kept: [] };
  const { fields } = reading;
  const next = { ...values };
  const filled: EntryField[] = [];
  // Fields the certificate states differently from what the person already wrote: left as written, and said so.
  const kept: EntryField[] = [];
  const put = (field: EntryField, value: string | undefined) => {
    if (value === undefined || value === '') return;
    // A value the form already holds (the default 公需科目, or a draft of the same certificate) is now the certificate's word too: marked for checking all the same.
    if (next[field] === value) {
      filled.push(field);
      return;
    }
    if (!mayFill(field)) {
      kept.push(field);
      return;
    }
    next[field] = value;
    filled.push(field);
  };
  const sure = <T>(suggestion: { value: T; confidence: string } | undefined) => (suggestion?.confidence === 'sure' ? suggestion.value : undefined);

  put('title', sure(fields.title));
  put('kind', sure(fields.kind));
  // A kind the reader set brings its own ways; a way it is sure of is kept only if it belongs to that kind.
  next.way = wayForKind(next.kind, next.way);
  const way = sure(fields.way);
  if (way !== undefined && wayForKind(next.kind, way) === way) put('way', way);
  next.recording = recordingForWay(next.way, next.recording);
  // A certificate with one date (a one-day course) gives both.
  const start = sure(fields.startDate) ?? sure(fields.endDate);
  const end = sure(fields.endDate) ?? start;
  put('startDate', start);
  put('endDate', end);
  const tenths = sure(fields.hoursTenths);
  put('hours', tenths === undefined ? undefined : formatHours(tenths));
  put('provider', sure(fields.providerName));
  const number = sure(fields.notes);
  if (number !== undefined && !next.notes.includes(number) && mayFill('notes')) {
    next.notes = next.notes.trim() === '' ? number : `${next.notes.trim()}\n${number}`;
    filled.push('notes');
  }
  return { values: next, filled, kept };
}

/** The fields of a saved entry a certificate may still fill: the optional ones left empty (the required ones always hold a value). */
export function emptyFillableFields(entry: { providerName?: string | undefined; notes?: string | undefined }): EntryField[] {
  return [...(entry.providerName ? [] : (['provider'] as const)), ...(entry.notes ? [] : (['notes'] as const))];
}
