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

/** A group of search words and the name fragments they also find (content/search/base-synonyms.json). */
export interface SynonymGroup {
  words: readonly string[];
  fragments: readonly string[];
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** What a search looks for in the names: the text itself, and for a known word its group's fragments. */
export interface SearchTerms {
  terms: string[];
  /** The fragments a known word added, to say so next to the result; empty otherwise. */
  expandedTo: string[];
}

export function searchTerms(text: string, groups: readonly SynonymGroup[] = []): SearchTerms {
  const needle = normalise(text);
  if (needle === '') return { terms: [], expandedTo: [] };
  const group = groups.find((candidate) => candidate.words.some((word) => normalise(word) === needle));
  const expandedTo = group ? group.fragments.map(normalise).filter((fragment) => fragment !== needle) : [];
  return { terms: [needle, ...expandedTo], expandedTo };
}

/** Whether a base passes the directory filter: its kind, and its name containing the text or one of the text's synonyms. */
export function matchesBaseFilter(base: FilterableBase, filter: BaseFilter, groups: readonly SynonymGroup[] = []): boolean {
  if (filter.kind !== '' && base.kind !== filter.kind) return false;
  const { terms } = searchTerms(filter.text, groups);
  if (terms.length === 0) return true;
  const name = normalise(base.name);
  return terms.some((term) => name.includes(term));
}
