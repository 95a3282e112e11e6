import { useEffect, useState } from 'preact/hooks';
import { limitMegabytes, parseLimitMegabytes, type UploadLimit } from '../../core/declare/uploadLimit';
import { saveUploadLimit } from '../../db/declareSettings';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { FormatDetails } from '../FormatDetails';
import { failureText } from '../runtime/failureText';

/** The upload limit setting: megabytes, checked before it is stored; a refused value leaves the stored one as it was. */
export function LimitSetting({ limit }: { limit: UploadLimit }) {
  const { db, readOnly, announce } = useLog();
  const [value, setValue] = useState(limitMegabytes(limit));
  const [error, setError] = useState('');
  useEffect(() => setValue(limitMegabytes(limit)), [limit.maxBytes]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseLimitMegabytes(value);
    if (!parsed.ok) {
      setError(t.limitProblems[parsed.problem]);
      return;
    }
    setError('');
    try {
      await saveUploadLimit(db, parsed.limit);
      announce(t.limitSaved(limitMegabytes(parsed.limit)));
    } catch (failure) {
      setError(failureText(t.limitSave, failure));
    }
  };
  return (
    <form class="field" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="declare-limit">
      <h3 id="declare-limit">{t.limitTitle}</h3>
      <label for="declare-limit-mb">{t.limitLabel}</label>
      <input
        id="declare-limit-mb"
        inputMode="decimal"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`declare-limit-hint${error ? ' declare-limit-error' : ''}`}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <p class="field__hint" id="declare-limit-hint">
        {t.limitWithSource(limitMegabytes(limit))}
      </p>
      <FormatDetails text={t.uploadFormat(limitMegabytes(limit))} />
      {error && (
        <p class="field__error" id="declare-limit-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={readOnly}>
        {t.limitSave}
      </button>
    </form>
  );
}
