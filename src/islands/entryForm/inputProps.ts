import type { EntryField } from '../../core/forms/entryForm';
import { describedBy } from '../Field';
import { certificateReaderText } from '../../i18n/certificateReader';
import type { EntryFormModel } from './useEntryForm';

/** The props every control of the entry form shares: its id, name, value, change handler and error wiring. */
export function inputProps(model: EntryFormModel, field: EntryField, extra: Record<string, unknown> = {}, hint = false) {
  const onChange = (event: Event) => model.set(field, (event.currentTarget as HTMLInputElement).value);
  const marked = model.recognised.has(field);
  return {
    id: `entry-${field}`,
    name: field,
    value: model.values[field],
    onInput: onChange,
    'aria-invalid': model.errors[field] ? true : undefined,
    'aria-describedby': describedBy(`entry-${field}`, model.errors[field], hint, marked),
    'data-recognised': marked ? 'true' : undefined,
    ...extra,
  };
}

/** The same for a <select>, which reports its choice on change. */
export function selectProps(model: EntryFormModel, field: EntryField) {
  return inputProps(model, field, { onChange: (event: Event) => model.set(field, (event.currentTarget as HTMLSelectElement).value) });
}

/** The 识别结果，请核对 note of a field the certificate filled. */
export function markOf(model: EntryFormModel, field: EntryField): string | undefined {
  return model.recognised.has(field) ? certificateReaderText.checkMark : undefined;
}
