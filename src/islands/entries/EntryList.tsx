import { useState } from 'preact/hooks';
import { entryListText } from '../../i18n/entryList';
import { listPage, type ListQuery } from '../../core/entries/listView';
import { panelText } from '../../i18n/zhCNPanels';
import { useLog } from '../app/logStore';
import { EntryCard } from './EntryCard';
import { ListControls } from './ListControls';

const PAGE_SIZE = 50;

/** The year's entries, a page at a time so a 10,000-entry year stays quick to render. */
export function EntryList() {
  const { year, log } = useLog();
  const entries = log.entries;
  const [query, setQuery] = useState<ListQuery>({ kind: '', status: '', sort: 'endDate', direction: 'desc', page: 1, pageSize: PAGE_SIZE });
  const [evidenceFor, setEvidenceFor] = useState<string | null>(null);
  const page = listPage(entries, query);
  const turn = (delta: number) => setQuery((current) => ({ ...current, page: page.page + delta }));

  return (
    <div class="entry-list">
      <ListControls query={query} onChange={(change) => setQuery((current) => ({ ...current, page: 1, ...change }))} />
      <p class="list-count">{entries.length === 0 ? panelText.listEmpty : panelText.listCount(page.matching, entries.length)}</p>
      {entries.length > 0 && page.matching === 0 && <p>{panelText.listNoMatch}</p>}

      <ul class="entries" aria-label={entryListText.listTitle(year)}>
        {page.entries.map((entry) => (
          <EntryCard
            key={entry.id}
            entry={entry}
            evidenceOpen={evidenceFor === entry.id}
            onToggleEvidence={() => setEvidenceFor((current) => (current === entry.id ? null : entry.id))}
          />
        ))}
      </ul>

      {page.pageCount > 1 && (
        <nav class="pager" aria-label={panelText.pagerLabel}>
          <button type="button" disabled={page.page <= 1} onClick={() => turn(-1)}>
            {panelText.previousPage}
          </button>
          <span>{panelText.pageOf(page.page, page.pageCount)}</span>
          <button type="button" disabled={page.page >= page.pageCount} onClick={() => turn(1)}>
            {panelText.nextPage}
          </button>
        </nav>
      )}
    </div>
  );
}
