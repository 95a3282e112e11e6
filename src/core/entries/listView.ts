import type { Entry } from '../schemas/entry';
import type { DeclarationStatus, Kind } from '../vocabulary';

export type SortKey = 'endDate' | 'hours' | 'title';
export type SortDirection = 'asc' | 'desc';

export interface ListQuery {
  kind: Kind | '';
  /** A declaration status, 'platform' for platform-recorded entries, or '' for all. */
  status: DeclarationStatus | 'platform' | '';
  sort: SortKey;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

export interface ListPage {
  entries: Entry[];
  /** Entries matching the filter, over all pages. */
  matching: number;
  page: number;
  pageCount: number;
}

const collator = new Intl.Collator('zh-CN');

function compare(a: Entry, b: Entry, key: SortKey): number {
  switch (key) {
    case 'endDate':
      return a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0;
    case 'hours':
      return a.hoursTenths - b.hoursTenths;
    case 'title':
      return collator.compare(a.title, b.title);
  }
}

/** One page of the year's entries, filtered and sorted; ties fall back to the id so the order is stable. */
export function listPage(entries: readonly Entry[], query: ListQuery): ListPage {
  const matching = entries.filter((entry) => {
    if (query.kind !== '' && entry.kind !== query.kind) return false;
    if (query.status === 'platform') return entry.recording === 'platform';
    if (query.status !== '') return entry.recording === 'declare' && entry.status === query.status;
    return true;
  });
  const sign = query.direction === 'asc' ? 1 : -1;
  matching.sort((a, b) => sign * compare(a, b, query.sort) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pageCount = Math.max(1, Math.ceil(matching.length / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pageCount);
  const start = (page - 1) * query.pageSize;
  return { entries: matching.slice(start, start + query.pageSize), matching: matching.length, page, pageCount };
}
