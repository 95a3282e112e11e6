import { useState } from 'preact/hooks';
import { isLateDeclaration } from '../../core/declare/declarationWindow';
import { markDeclared } from '../../core/declare/markDeclared';
import type { Entry } from '../../core/schemas/entry';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { failureText } from '../runtime/failureText';

/**
 * The declaration date (today unless changed; empty once the year's window has
 * closed, so only a real date is recorded) and the button
 * that records it; a date after the deadline is recorded as 逾期申报, as the
 * form does. A refused date is said at the field and nothing is stored.
 */
export function DeclareDate({ entry, closed = false, closedDeclareBy = null }: { entry: Entry; closed?: boolean; closedDeclareBy?: string | null }) {
  const { year, today, readOnly, revisions, saveEntry, announce } = useDeclareStore();
  const [date, setDate] = useState(closed ? '' : today);
  const [error, setError] = useState('');
  const id = `declare-date-${entry.id}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = markDeclared(entry, date, today);
    if (!result.ok) {
      setError(result.problem === 'refused' ? result.message : t.dateProblems[result.problem]);
      return;
    }
    setError('');
    try {
      await saveEntry(result.entry, false, revisions.get(entry.id));
      announce(isLateDeclaration(date, closedDeclareBy) ? t.markedLate(entry.title, date, year) : t.markedDeclared(entry.title, date));
    } catch (failure) {
      setError(failureText(t.markFailed, failure));
    }
  };
  return (
    <form class="field" onSubmit={(event) => void submit(event)} noValidate>
      <label for={id}>{t.declaredOnLabel}</label>
      <input
        id={id}
        type="date"
        value={date}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onInput={(event) => setDate(event.currentTarget.value)}
      />
      <p class="field__hint" id={`${id}-hint`}>
        {closed ? t.declaredOnHintClosed(closedDeclareBy) : t.declaredOnHint}
      </p>
      {error && (
        <p class="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button--primary" disabled={readOnly}>
        {t.markOn}
      </button>
    </form>
  );
}

function useDeclareStore() {
  const store = useLog();
  return { year: store.year, today: store.today, readOnly: store.readOnly, revisions: store.log.revisions, saveEntry: store.saveEntry, announce: store.announce };
}
