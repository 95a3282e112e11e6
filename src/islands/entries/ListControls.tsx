import type { ListQuery, SortDirection, SortKey } from '../../core/entries/listView';
import { entryListText } from '../../i18n/entryList';
import { KIND_LABELS, KINDS, RECORDING_LABELS, STATUS_LABELS, STATUSES } from '../../core/vocabulary';
import { panelText } from '../../i18n/zhCNPanels';

const SORTS: { value: `${SortKey}:${SortDirection}`; label: string }[] = [
  { value: 'endDate:desc', label: panelText.sorts['endDate:desc'] },
  { value: 'endDate:asc', label: panelText.sorts['endDate:asc'] },
  { value: 'hours:desc', label: panelText.sorts['hours:desc'] },
  { value: 'title:asc', label: panelText.sorts['title:asc'] },
];

/** Filter by kind and state, and sort: a change starts again at the first page. */
export function ListControls({ query, onChange }: { query: ListQuery; onChange: (change: Partial<ListQuery>) => void }) {
  return (
    <div class="list-controls">
      <div class="field">
        <label for="list-kind">{panelText.filterKind}</label>
        <select id="list-kind" value={query.kind} onChange={(event) => onChange({ kind: event.currentTarget.value as ListQuery['kind'] })}>
          <option value="">{entryListText.all}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="list-status">{panelText.filterStatus}</label>
        <select id="list-status" value={query.status} onChange={(event) => onChange({ status: event.currentTarget.value as ListQuery['status'] })}>
          <option value="">{entryListText.all}</option>
          <option value="platform">{RECORDING_LABELS.platform}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="list-sort">{panelText.sortBy}</label>
        <select
          id="list-sort"
          value={`${query.sort}:${query.direction}`}
          onChange={(event) => {
            const [sort, direction] = event.currentTarget.value.split(':') as [SortKey, SortDirection];
            onChange({ sort, direction });
          }}
        >
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
