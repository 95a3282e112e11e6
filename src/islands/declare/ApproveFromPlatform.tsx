import { useState } from 'preact/hooks';
import { markApproved } from '../../core/declare/markApproved';
import type { Entry } from '../../core/schemas/entry';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { failureText } from '../runtime/failureText';
import { UnbreakableText } from '../UnbreakableText';

/**
 * One entry still 审核中 here that the platform may show as approved: the
 * platform's date, typed in (never assumed), and the button that records it
 * through the same gate and save as the entry form. A refused date is said at
 * the field and nothing is stored.
 */
function ApproveRow({ entry }: { entry: Entry }) {
  const { today, readOnly, log, saveEntry, announce } = useLog();
  const [date, setDate] = useState('');
  const [error, setError] = useState('');
  const id = `approve-date-${entry.id}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = markApproved(entry, date, today);
    if (!result.ok) {
      setError(result.problem === 'refused' ? result.message : t.approveProblems[result.problem]);
      return;
    }
    setError('');
    try {
      await saveEntry(result.entry, false, log.revisions.get(entry.id));
      announce(t.approvedNow(entry.title, date));
    } catch (failure) {
      setError(failureText(t.approveFailed, failure));
    }
  };
  return (
    <li data-entry-id={entry.id}>
      <p>
        <UnbreakableText text={t.approveLine(entry.title, entry.hoursTenths, entry.declaredOn ?? '')} />
      </p>
      <form class="field" onSubmit={(event) => void submit(event)} noValidate>
        <label for={id}>{t.approvedOnLabel}</label>
        <input
          id={id}
          type="date"
          value={date}
          max={today}
          min={entry.declaredOn}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
        {error && (
          <p class="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={readOnly}>
          {t.approve}
        </button>
      </form>
    </li>
  );
}

/** The entries the platform may already show as approved, each with its own date and 改为审核通过. */
export function ApproveFromPlatform({ entries }: { entries: readonly Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <div class="declare-approve">
      <h4>{t.approveTitle}</h4>
      <p class="field__hint">{t.approveHint}</p>
      <ul>
        {entries.map((entry) => (
          <ApproveRow key={entry.id} entry={entry} />
        ))}
      </ul>
    </div>
  );
}
