import { entrySchema, type DeclarationRound, type Entry } from '../schemas/entry';
import { parseHoursText } from '../hours/parseHours';
import { fieldsForStatus, type EntryField, type EntryFormValues, type FieldErrors } from './entryForm';

export type EntryFormResult = { ok: true; entry: Entry } | { ok: false; errors: FieldErrors };

const FIELD_OF_PATH: Partial<Record<string, EntryField>> = { hoursTenths: 'hours', providerName: 'provider', baseNumber: 'provider' };

/** The log keeps study that has happened: nothing can be finished, declared or reviewed after today. */
export const FUTURE_DATE_MESSAGES = {
  endDate: '完成日期在今天之后：学时簿只记已完成的学习，学完后再记',
  declaredOn: '申报日期不能晚于今天',
  employerApprovedOn: '审核日期不能晚于今天',
  approvedOn: '审核日期不能晚于今天',
  returnedOn: '退回日期不能晚于今天',
} as const;
type DatedField = keyof typeof FUTURE_DATE_MESSAGES;

/**
 * Turns the form into an entry, or into one Chinese message per field. The
 * provider matches a base by exact name; dates the status does not use are dropped.
 */
export function parseEntryForm(
  values: EntryFormValues,
  context: {
    id: string;
    baseNumberOf: (name: string) => number | undefined;
    previousRounds?: readonly DeclarationRound[];
    /** When given, dates after it are refused at their field (hours not yet studied must never count as 已计入). */
    today?: string;
  },
): EntryFormResult {
  const errors: FieldErrors = {};
  const hours = parseHoursText(values.hours);
  if (!hours.ok) errors.hours = hours.message;
  const provider = values.provider.trim();
  const baseNumber = provider === '' ? undefined : context.baseNumberOf(provider);
  // Platform hours need no declaration, whatever the hidden status control still says; the schema refuses platform for offline ways.
  const recording = values.recording;
  const status = recording === 'platform' ? 'notDeclared' : values.status;
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

  const result = entrySchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = String(issue.path[0] ?? '');
      const field = FIELD_OF_PATH[path] ?? (path as EntryField);
      if (field === 'hours' && errors.hours !== undefined) continue;
      errors[field] ??= issue.message;
    }
  }
  if (result.success && context.today !== undefined) {
    const today = context.today;
    for (const field of Object.keys(FUTURE_DATE_MESSAGES) as DatedField[]) {
      const date = result.data[field];
      if (date !== undefined && date > today) errors[field] ??= FUTURE_DATE_MESSAGES[field];
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, entry: result.data };
}
