import { describe, expect, it } from 'vitest';
import { listPage, type ListQuery } from '../../../../src/core/entries/listView';
import type { Entry } from '../../../../src/core/schemas/entry';

const entry = (id: string, change: Partial<Entry>): Entry => ({
  id,
  title: id,
  kind: 'public',
  way: 'onlineStudy',
  startDate: '2025-01-01',
  endDate: '2025-01-01',
  hoursTenths: 10,
  recording: 'platform',
  status: 'notDeclared',
  ...change,
});

const entries = [
  entry('a', { title: '安全', endDate: '2025-03-01', hoursTenths: 30 }),
  entry('b', { title: '创新', kind: 'professional', way: 'training', recording: 'declare', status: 'declared', endDate: '2025-05-01', hoursTenths: 80 }),
  entry('c', { title: '病理', kind: 'professional', way: 'practice', recording: 'declare', status: 'approved', endDate: '2025-05-01', hoursTenths: 20 }),
];
const query = (change: Partial<ListQuery>): ListQuery => ({ kind: '', status: '', sort: 'endDate', direction: 'desc', page: 1, pageSize: 50, ...change });
const ids = (change: Partial<ListQuery>) => listPage(entries, query(change)).entries.map((e) => e.id);

describe('listPage', () => {
  it.each([
    [{}, ['b', 'c', 'a']],
    [{ direction: 'asc' as const }, ['a', 'b', 'c']],
    [{ sort: 'hours' as const }, ['b', 'a', 'c']],
    // Titles sort by pinyin: 安全 (an), 病理 (bing), 创新 (chuang).
    [{ sort: 'title' as const, direction: 'asc' as const }, ['a', 'c', 'b']],
    [{ kind: 'public' as const }, ['a']],
    [{ status: 'platform' as const }, ['a']],
    [{ status: 'declared' as const }, ['b']],
    [{ status: 'notDeclared' as const }, []],
  ])('%j → %j', (change, expected) => expect(ids(change)).toEqual(expected));

  it('pages through the matches and clamps a page past the end', () => {
    expect(listPage(entries, query({ pageSize: 2 }))).toMatchObject({ matching: 3, page: 1, pageCount: 2 });
    expect(listPage(entries, query({ pageSize: 2, page: 9 }))).toMatchObject({ page: 2, entries: [{ id: 'a' }] });
    expect(listPage([], query({}))).toMatchObject({ matching: 0, page: 1, pageCount: 1, entries: [] });
  });
});
