import { useState } from 'preact/hooks';
import { YEAR_STATUS_LABELS } from '../../core/rules/describe';
import { entryStateLabel } from '../../core/rules/entryState';
import type { Tally } from '../../core/rules/report';
import { formatHours } from '../../core/hours/formatHours';
import { countedYear } from '../../core/entries/countedYear';
import { departmentSubtotals, filterRows, searchRows, sortRows, UNIT_FILTERS, UNIT_SORT_KEYS, type UnitFilter, type UnitPerson, type UnitRow, type UnitSortKey } from '../../core/unit/unitRows';
import { KIND_LABELS } from '../../core/vocabulary';
import { unitText } from '../../i18n/unit';
import { unitPageText as t } from '../../i18n/unitPage';
import { UnbreakableText } from '../UnbreakableText';

interface Props {
  rows: readonly UnitRow[];
  people: readonly UnitPerson[];
}

function figure(tally: Tally): string {
  return tally.requirementSet ? t.ofRequired(formatHours(tally.creditedTenths), formatHours(tally.requiredTenths)) : formatHours(tally.creditedTenths);
}

/** The 人员 table: one row per person for the chosen year, with the filters, search, sort and per-科室 subtotals; a row opens the person's entries. */
export function PeopleTable({ rows, people }: Props) {
  const [filter, setFilter] = useState<UnitFilter>('all');
  const [query, setQuery] = useState('');
  const [sortKey, setSortKey] = useState<UnitSortKey>('status');
  const [descending, setDescending] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const shown = sortRows(searchRows(filterRows(rows, filter), query), sortKey, descending);
  const subtotals = departmentSubtotals(shown);
  const openRow = shown.find((row) => row.personId === open);
  const openPerson = openRow === undefined ? undefined : people.find((person) => person.personId === openRow.personId);
  return (
    <div class="unit-people">
      <div class="unit-controls">
        <fieldset class="unit-filters">
          <legend>{t.filter}</legend>
          {UNIT_FILTERS.map((key) => (
            <label key={key}>
              <input type="radio" name="unit-filter" value={key} checked={filter === key} onChange={() => setFilter(key)} />
              {unitText.filters[key]}
            </label>
          ))}
        </fieldset>
        <label class="unit-search">
          {t.search}
          <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        </label>
        <label>
          {t.sort}
          <select value={sortKey} onChange={(event) => setSortKey(event.currentTarget.value as UnitSortKey)}>
            {UNIT_SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {unitText.sortKeys[key]}
              </option>
            ))}
          </select>
        </label>
        <label class="unit-check">
          <input type="checkbox" checked={descending} onChange={(event) => setDescending(event.currentTarget.checked)} />
          {t.descending}
        </label>
      </div>
      {rows.length === 0 ? (
        <p class="note">{t.empty}</p>
      ) : shown.length === 0 ? (
        <p class="note">{t.noMatch}</p>
      ) : (
        <div class="unit-table-box" tabIndex={0} role="region" aria-label={t.peopleTitle}>
          <table class="unit-table">
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.department}</th>
                <th scope="col">{t.columns.title}</th>
                <th scope="col">{t.columns.public}</th>
                <th scope="col">{t.columns.professional}</th>
                <th scope="col">{t.columns.total}</th>
                <th scope="col">{t.columns.pending}</th>
                <th scope="col">{t.columns.notDeclared}</th>
                <th scope="col">{t.columns.returned}</th>
                <th scope="col">{t.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={`${row.personId}-${row.year}`} data-person={row.name}>
                  <th scope="row">
                    <button type="button" class="link-button" aria-expanded={open === row.personId} aria-label={t.openEntries(row.name)} onClick={() => setOpen(open === row.personId ? null : row.personId)}>
                      {row.name}
                    </button>
                  </th>
                  <td>{row.department}</td>
                  <td>{row.title}</td>
                  <td class="num" data-col="public">{figure(row.public)}</td>
                  <td class="num" data-col="professional">{figure(row.professional)}</td>
                  <td class="num" data-col="total">{figure(row.total)}</td>
                  <td class="num" data-col="pending">{formatHours(row.pendingTenths)}</td>
                  <td class="num" data-col="notDeclared">{formatHours(row.notDeclaredTenths)}</td>
                  <td class="num" data-col="returned">{formatHours(row.returnedTenths)}</td>
                  <td data-col="status">{YEAR_STATUS_LABELS[row.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {openRow !== undefined && openPerson !== undefined && (
        <section class="unit-entries" aria-labelledby="unit-entries-title">
          <h3 id="unit-entries-title"><UnbreakableText text={t.entriesTitle(openRow.name, openRow.year)} /></h3>
          <EntryList row={openRow} person={openPerson} />
          <button type="button" class="button" onClick={() => setOpen(null)}>
            {t.closeEntries}
          </button>
        </section>
      )}
      {subtotals.length > 0 && (
        <section class="unit-subtotals" aria-labelledby="unit-subtotals-title">
          <h3 id="unit-subtotals-title">{t.subtotalsTitle}</h3>
          <ul>
            {subtotals.map((sub) => (
              <li key={sub.department}>
                <strong>{sub.department === '' ? unitText.noDepartment : sub.department}</strong> {t.subtotalRows(sub.rows)}
                {t.subtotalLine(sub.byStatus.met + sub.byStatus.metPendingReview, sub.byStatus.atRisk, sub.byStatus.missed)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function EntryList({ row, person }: { row: UnitRow; person: UnitPerson }) {
  const entries = person.entries.filter((entry) => countedYear(entry) === row.year);
  if (entries.length === 0) return <p class="note">{t.noEntries}</p>;
  const declareBy = row.report.deadline?.declareBy ?? null;
  return (
    <ul class="unit-entry-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span>{entry.title}</span> · <span>{KIND_LABELS[entry.kind]}</span> · <span class="nowrap">{t.hours(formatHours(entry.hoursTenths))}</span> · <span>
            <UnbreakableText text={entryStateLabel(entry, declareBy, row.year)} />
          </span>
        </li>
      ))}
    </ul>
  );
}
