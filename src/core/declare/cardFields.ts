import { formatHours } from '../hours/formatHours';
import type { Entry } from '../schemas/entry';
import { KIND_LABELS, WAY_LABELS } from '../vocabulary';

/** The fields of the 申报卡, in the order the card shows them. */
export const CARD_FIELDS = ['title', 'kind', 'way', 'startDate', 'endDate', 'hours', 'provider', 'notes'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export interface CardValue {
  field: CardField;
  /** Exactly what the copy button puts on the clipboard; '' when the entry has none. */
  value: string;
}

/**
 * One entry's own data, field by field, as text to type into the platform's
 * form: the way as the person described it when it is 其他, 学时 as a bare
 * number ("12.5"), dates as YYYY-MM-DD. Nothing about the platform is assumed.
 */
export function cardFields(entry: Entry): CardValue[] {
  const values: Record<CardField, string> = {
    title: entry.title,
    kind: KIND_LABELS[entry.kind],
    way: entry.way === 'other' && entry.wayNote ? entry.wayNote : WAY_LABELS[entry.way],
    startDate: entry.startDate,
    endDate: entry.endDate,
    hours: formatHours(entry.hoursTenths),
    provider: entry.providerName ?? '',
    notes: entry.notes ?? '',
  };
  return CARD_FIELDS.map((field) => ({ field, value: values[field].trim() }));
}
