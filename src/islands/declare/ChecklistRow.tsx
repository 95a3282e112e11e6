import { useState } from 'preact/hooks';
import type { ChecklistItem } from '../../core/declare/checklist';
import { markDeclared } from '../../core/declare/markDeclared';
import { evidenceFit, type UploadLimit } from '../../core/declare/uploadLimit';
import type { EvidenceMeta } from '../../db/database';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { failureText } from '../runtime/failureText';
import { UnbreakableText } from '../UnbreakableText';
import { DeclareCard } from './DeclareCard';

interface Props {
  item: ChecklistItem;
  evidence: readonly EvidenceMeta[];
  limit: UploadLimit;
  /** The deadline once it has passed (the window is closed): no one-tap 今天, only the real date in the 申报卡. */
  /** The year is over for declaring: no one-tap 今天, only a real date. */
  closed: boolean;
  declareBy: string | null;
}

/**
 * One entry of the 申报清单: its state, 学时, evidence status, the one-tap
 * 标记为已申报（今天） while the year is open, and its 申报卡 (where a closed
 * year's declaration is recorded with its real date).
 */
export function ChecklistRow({ item, evidence, limit, closed, declareBy }: Props) {
  const { today, readOnly, log, saveEntry, announce } = useLog();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const { entry } = item;
  const problems = evidence.filter((meta) => evidenceFit(meta, limit) === 'cannotShrink').length;
  const errorId = `declare-error-${entry.id}`;

  const markToday = async () => {
    const result = markDeclared(entry, today, today);
    if (!result.ok) {
      setError(result.problem === 'refused' ? result.message : t.dateProblems[result.problem]);
      return;
    }
    setError('');
    try {
      await saveEntry(result.entry, false, log.revisions.get(entry.id));
      announce(t.markedDeclared(entry.title, today));
    } catch (failure) {
      setError(failureText(t.markFailed, failure));
    }
  };

  return (
    <li class={`declare-item declare-item--${item.state}`} data-entry-id={entry.id}>
      <p class="declare-item__state">{item.state === 'returned' ? t.stateReturned : t.stateNotDeclared}</p>
      <h4>
        <UnbreakableText text={t.itemLine(item.number, entry.title, entry.hoursTenths)} />
      </h4>
      <p>{t.completedOn(entry.endDate)}</p>
      {item.state === 'returned' && entry.returnedBy && entry.returnedOn && <p>{t.returnedLine(entry.returnedBy, entry.returnedOn, entry.returnReason ?? '')}</p>}
      <p>
        {t.evidenceCount(evidence.length)}
        {problems > 0 && <span class="declare-fit--bad">{` ${t.evidenceProblems(problems)}`}</span>}
      </p>
      <div class="declare-actions">
        {!closed && (
          <button type="button" class="button--primary" disabled={readOnly} aria-describedby={error ? errorId : undefined} onClick={() => void markToday()}>
            {t.markToday}
          </button>
        )}
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t.closeCard : t.openCard}
        </button>
      </div>
      {error && (
        <p class="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {open && <DeclareCard item={item} limit={limit} evidence={evidence} closed={closed} declareBy={declareBy} />}
    </li>
  );
}
