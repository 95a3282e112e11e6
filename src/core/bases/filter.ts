export interface BaseFilter {
  /** A kind to keep, or '' for every kind. */
  kind: string;
  /** Text the name must contain; blanks and case are ignored. */
  text: string;
}

export interface FilterableBase {
  name: string;
  kind: string;
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Whether a base passes the directory filter. */
export function matchesBaseFilter(base: FilterableBase, filter: BaseFilter): boolean {
  if (filter.kind !== '' && base.kind !== filter.kind) return false;
  const needle = normalise(filter.text);
  return needle === '' || normalise(base.name).includes(needle);
}
