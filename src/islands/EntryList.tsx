import { useState } from 'preact/hooks';
import { listPage, type ListQuery, type SortDirection, type SortKey } from '../core/entries/listView';
import { formatHours } from '../core/hours/formatHours';
import type { Entry } from '../core/schemas/entry';
import { entryStateLabel, hoursState } from '../core/rules/entryState';
import { KIND_LABELS, KINDS, RECORDING_LABELS, REVIEWER_LABELS, STATUS_LABELS, STATUSES, WAY_LABELS } from '../core/vocabulary';
import { text } from '../i18n/zhCN';
import { withHoursUnit } from '../i18n/entryFields';
import { panelText } from '../i18n/zhCNPanels';
import type { ComponentChildren } from 'preact';

interface Props {
  year: number;
  /** The year's deadline, so a late declaration reads as such; null when the rule sets none. */
  declareBy: string | null;
  /** The notice the deadline comes from, for the link next to a late declaration. */
  policyYear: number | null;
  entries: readonly Entry[];
  evidenceCounts: ReadonlyMap<string, number>;
  disabled: boolean;
  openEvidenceId: string | null;
  onEdit: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
  onToggleEvidence: (entry: Entry) => void;
  renderEvidence: (entry: Entry) => ComponentChildren;
}

const PAGE_SIZE = 50;

const SORTS: { value: `${SortKey}:${SortDirection}`; label: string }[] = [
  { value: 'endDate:desc', label: panelText.sorts['endDate:desc'] },
  { value: 'endDate:asc', label: panelText.sorts['endDate:asc'] },
  { value: 'hours:desc', label: panelText.sorts['hours:desc'] },
  { value: 'title:asc', label: panelText.sorts['title:asc'] },
];

/** The year's entries, a page at a time so a 10,000-entry year stays quick to render. */
export function EntryList(props: Props) {
  const { year, entries, evidenceCounts, disabled, openEvidenceId } = props;
  const [query, setQuery] = useState<ListQuery>({ kind: '', status: '', sort: 'endDate', direction: 'desc', page: 1, pageSize: PAGE_SIZE });
  const page = listPage(entries, query);
  const update = (change: Partial<ListQuery>) => setQuery((current) => ({ ...current, page: 1, ...change }));

  return (
    <div class="entry-list">
      <div class="list-controls">
        <div class="field">
          <label for="list-kind">{panelText.filterKind}</label>
          <select id="list-kind" value={query.kind} onChange={(event) => update({ kind: event.currentTarget.value as ListQuery['kind'] })}>
            <option value="">{text.all}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="list-status">{panelText.filterStatus}</label>
          <select id="list-status" value={query.status} onChange={(event) => update({ status: event.currentTarget.value as ListQuery['status'] })}>
            <option value="">{text.all}</option>
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
              update({ sort, direction });
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

      <p class="list-count">{entries.length === 0 ? panelText.listEmpty : panelText.listCount(page.matching, entries.length)}</p>
      {entries.length > 0 && page.matching === 0 && <p>{panelText.listNoMatch}</p>}

      <ul class="entries" aria-label={text.listTitle(year)}>
        {page.entries.map((entry) => {
          const evidence = evidenceCounts.get(entry.id) ?? 0;
          const open = openEvidenceId === entry.id;
          return (
            <li key={entry.id} class="entry-card">
              <div class="entry-card__main">
                <p class="entry-card__title">{entry.title}</p>
                <p class="entry-card__meta">
                  <span>{KIND_LABELS[entry.kind]}</span> · <span>{entry.way === 'other' && entry.wayNote ? `${panelText.otherWay}${entry.wayNote}` : WAY_LABELS[entry.way]}</span> ·{' '}
                  <span class="nowrap">{entry.startDate === entry.endDate ? entry.endDate : panelText.dateSpan(entry.startDate, entry.endDate)}</span>
                  {entry.providerName && <span> · {entry.providerName}</span>}
                </p>
                <p class="entry-card__meta">
                  <strong class="nowrap">{withHoursUnit(formatHours(entry.hoursTenths))}</strong> · {entryStateLabel(entry, props.declareBy, year)}
                  {props.policyYear !== null && hoursState(entry, props.declareBy) === 'late' && (
                    <>
                      {' '}
                      <a class="cite-link" href={`/policy/${props.policyYear}/#s2-3`}>
                        {text.citeLink}
                      </a>
                    </>
                  )}
                </p>
                {entry.status === 'returned' && entry.returnReason && (
                  <p class="entry-card__meta">{panelText.returnReasonLine(entry.returnedBy ? REVIEWER_LABELS[entry.returnedBy] : '', entry.returnReason)}</p>
                )}
                {(entry.previousRounds?.length ?? 0) > 0 && <p class="entry-card__meta">{panelText.roundsCount(entry.previousRounds?.length ?? 0)}</p>}
              </div>
              <div class="entry-card__actions">
                <button type="button" disabled={disabled} onClick={() => props.onEdit(entry)} aria-label={`${text.edit}“${entry.title}”`}>
                  {text.edit}
                </button>
                <button type="button" aria-expanded={open} onClick={() => props.onToggleEvidence(entry)} aria-label={panelText.entryEvidence(entry.title, text.evidence(evidence))}>
                  {text.evidence(evidence)}
                </button>
                <button type="button" class="button--danger" disabled={disabled} onClick={() => props.onDelete(entry)} aria-label={`${text.remove}“${entry.title}”`}>
                  {text.remove}
                </button>
              </div>
              {open && props.renderEvidence(entry)}
            </li>
          );
        })}
      </ul>

      {page.pageCount > 1 && (
        <nav class="pager" aria-label={panelText.pagerLabel}>
          <button type="button" disabled={page.page <= 1} onClick={() => setQuery((current) => ({ ...current, page: page.page - 1 }))}>
            {panelText.previousPage}
          </button>
          <span>{panelText.pageOf(page.page, page.pageCount)}</span>
          <button type="button" disabled={page.page >= page.pageCount} onClick={() => setQuery((current) => ({ ...current, page: page.page + 1 }))}>
            {panelText.nextPage}
          </button>
        </nav>
      )}
    </div>
  );
}
