import { useEffect, useRef } from 'preact/hooks';
import { entryListText } from '../../i18n/entryList';
import { formatHours } from '../../core/hours/formatHours';
import { entryStateLabel, hoursState } from '../../core/rules/entryState';
import type { Entry } from '../../core/schemas/entry';
import { KIND_LABELS, REVIEWER_LABELS, WAY_LABELS } from '../../core/vocabulary';
import { withHoursUnit } from '../../i18n/entryFields';
import { loadingText } from '../../i18n/loading';
import { shellText } from '../../i18n/shell';
import { panelText } from '../../i18n/zhCNPanels';
import { text } from '../../i18n/zhCN';
import { useLog } from '../app/logStore';
import { lazy } from '../runtime/lazy';

const EvidencePanel = lazy(() => import('../EvidencePanel').then((module) => module.EvidencePanel), loadingText.parts.evidence);

/** The row that takes focus once this one is gone: the next one shown, or the one before at the end. */
function neighbourOf(card: HTMLLIElement | null): string | null {
  const next = (card?.nextElementSibling ?? card?.previousElementSibling) as HTMLElement | null | undefined;
  return next?.dataset['entryId'] ?? null;
}

interface Props {
  entry: Entry;
  evidenceOpen: boolean;
  onToggleEvidence: () => void;
}

/** One entry: what, when, how many 学时 and where it stands, with its actions; takes focus after a save or a neighbour's deletion. */
export function EntryCard({ entry, evidenceOpen, onToggleEvidence }: Props) {
  const { db, year, report, log, readOnly, newId, announce, editEntry, deleteEntry, openNewEntry, focusEntryId, clearFocusEntry } = useLog();
  const card = useRef<HTMLLIElement>(null);
  const declareBy = report.deadline?.declareBy ?? null;
  const evidence = log.evidenceCounts.get(entry.id) ?? 0;
  useEffect(() => {
    if (focusEntryId !== entry.id) return;
    card.current?.focus();
    card.current?.scrollIntoView({ block: 'nearest' });
    clearFocusEntry();
  }, [focusEntryId, entry.id, clearFocusEntry]);
  return (
    <li ref={card} class="entry-card" tabIndex={-1} aria-label={entry.title} data-entry-id={entry.id}>
      <div class="entry-card__main">
        <p class="entry-card__title">{entry.title}</p>
        <p class="entry-card__meta">
          <span>{KIND_LABELS[entry.kind]}</span> · <span>{entry.way === 'other' && entry.wayNote ? `${panelText.otherWay}${entry.wayNote}` : WAY_LABELS[entry.way]}</span> ·{' '}
          <span class="nowrap">{entry.startDate === entry.endDate ? entry.endDate : panelText.dateSpan(entry.startDate, entry.endDate)}</span>
          {entry.providerName && <span> · {entry.providerName}</span>}
        </p>
        <p class="entry-card__meta">
          <strong class="nowrap">{withHoursUnit(formatHours(entry.hoursTenths))}</strong> · {entryStateLabel(entry, declareBy, year)}
          {report.basisYear !== null && hoursState(entry, declareBy) === 'late' && (
            <>
              {' '}
              <a class="cite-link" href={`/policy/${report.basisYear}/#s2-3`}>
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
        <button type="button" disabled={readOnly} onClick={() => editEntry(entry)} aria-label={`${entryListText.edit}“${entry.title}”`}>
          {entryListText.edit}
        </button>
        <button type="button" aria-expanded={evidenceOpen} onClick={onToggleEvidence} aria-label={panelText.entryEvidence(entry.title, entryListText.evidence(evidence))}>
          {entryListText.evidence(evidence)}
        </button>
        <button type="button" disabled={readOnly} onClick={() => openNewEntry(entry)} aria-label={shellText.similarLabel(entry.title)}>
          {shellText.similar}
        </button>
        <button type="button" class="button--danger" disabled={readOnly} onClick={() => void deleteEntry(entry, neighbourOf(card.current))} aria-label={`${entryListText.remove}“${entry.title}”`}>
          {entryListText.remove}
        </button>
      </div>
      {evidenceOpen && <EvidencePanel db={db} entry={entry} disabled={readOnly} newId={newId} announce={announce} onClose={onToggleEvidence} onFillFrom={(file) => editEntry(entry, file)} />}
    </li>
  );
}
