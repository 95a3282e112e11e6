import { acceptEntry, FUTURE_DATE_MESSAGES, type EntryProblemField } from '../entries/acceptEntry';
import type { DeclarationRound, Entry } from '../schemas/entry';
import { parseHoursText } from '../hours/parseHours';
import { fieldsForStatus, type EntryField, type EntryFormValues, type FieldErrors } from './entryForm';

export type EntryFormResult = { ok: true; entry: Entry } | { ok: false; errors: FieldErrors };

/** Where the form shows a problem the gate names by the entry's field; a full log is said at the first field. */
const FIELD_OF_PATH: Partial<Record<EntryProblemField, EntryField>> = {
  hoursTenths: 'hours',
  providerName: 'provider',
  baseNumber: 'provider',
  previousRounds: 'declaredOn',
  id: 'title',
  entry: 'title',
};

/** The gate's words for a date after today, re-exported for the form's tests and callers. */
export { FUTURE_DATE_MESSAGES };

/**
 * Turns the form into an entry, or into one Chinese message per field, through
 * the gate every entry passes (acceptEntry): the form refuses exactly what any
 * other door refuses, in the same words. The provider matches a base by exact
 * name; dates the status does not use are dropped.
 */
export function parseEntryForm(
  values: EntryFormValues,
  context: {
    id: string;
    baseNumberOf: (name: string) => number | undefined;
    previousRounds?: readonly DeclarationRound[];
    /** The device's day: dates after it are refused at their field (hours not yet studied must never count as 已计入). */
    today: string;
    /** How many entries the log holds besides this one; the write refuses past the limit too, so 0 when unknown. */
    stored?: number;
    /**
     * The status was given beside a platform recording (a spreadsheet's column),
     * so a contradiction is refused. In the form the status control is hidden for
     * platform hours, and whatever it still holds is ignored.
     */
    statusGiven?: boolean;
  },
): EntryFormResult {
  const errors: FieldErrors = {};
  const hours = parseHoursText(values.hours);
  if (!hours.ok) errors.hours = hours.message;
  const provider = values.provider.trim();
  const baseNumber = provider === '' ? undefined : context.baseNumberOf(provider);
  // Platform hours need no declaration, whatever the hidden status control still says; the schema refuses platform for offline ways.
  const recording = values.recording;
  const status = recording === 'platform' && context.statusGiven !== true ? 'notDeclared' : values.status;
  const usedFields = fieldsForStatus(status);
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
  const wayNote = values.wayNote.trim();
  if (values.way === 'other' && wayNote !== '') candidate['wayNote'] = wayNote;
  for (const field of usedFields) {
    const value = values[field].trim();
    if (value !== '') candidate[field] = value;
  }
  if (context.previousRounds !== undefined && context.previousRounds.length > 0) candidate['previousRounds'] = [...context.previousRounds];
  const notes = values.notes.trim();
  if (notes !== '') candidate['notes'] = notes;

  const verdict = acceptEntry(candidate, { today: context.today, stored: context.stored ?? 0 });
  if (!verdict.ok) {
    for (const problem of verdict.problems) {
      const field = FIELD_OF_PATH[problem.field] ?? (problem.field as EntryField);
      if (field === 'hours' && errors.hours !== undefined) continue;
      errors[field] ??= problem.message;
    }
  }
  if (Object.keys(errors).length > 0 || !verdict.ok) return { ok: false, errors };
  return { ok: true, entry: verdict.entry };
}
