import { useState } from 'preact/hooks';
import { FIRST_YEAR } from '../../core/overview/yearRange';
import { yearsText as t } from '../../i18n/zhCNYears';
import { useLog } from '../app/logStore';
import { describedBy, Field } from '../Field';
import { useRangeExports } from './useRangeExports';

/** A record of several years at once: from which year to which, then PDF, print view or CSV. */
export function RangeRecord() {
  const todayYear = Number(useLog().today.slice(0, 4));
  const [start, setStart] = useState(String(Math.max(FIRST_YEAR, todayYear - 4)));
  const [end, setEnd] = useState(String(todayYear));
  const { check, step, printView, pdf, print, csv } = useRangeExports(start, end);
  const error = check && !check.ok ? t.rangeProblem(check.problem) : undefined;
  const startError = check && !check.ok && check.field === 'start' ? error : undefined;
  const endError = check && !check.ok && check.field === 'end' ? error : undefined;
  const yearInput = (id: string, value: string, fieldError: string | undefined, hint: boolean, onValue: (value: string) => void) => (
    <input
      id={id}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      aria-invalid={fieldError ? 'true' : undefined}
      aria-describedby={describedBy(id, fieldError, hint)}
      onInput={(event) => onValue(event.currentTarget.value)}
    />
  );

  return (
    <section class="range-record" aria-labelledby="range-title">
      <h3 id="range-title">{t.rangeTitle}</h3>
      <p class="field__hint">{t.rangeIntro}</p>
      <div class="range-record__fields">
        <Field id="range-start" label={t.rangeStart} error={startError} hint={t.rangeHint}>
          {yearInput('range-start', start, startError, true, setStart)}
        </Field>
        <Field id="range-end" label={t.rangeEnd} error={endError}>
          {yearInput('range-end', end, endError, false, setEnd)}
        </Field>
      </div>
      <div class="form-actions">
        <button type="button" class="button--primary" disabled={step.kind === 'working'} onClick={() => void pdf()}>
          {t.rangePdf}
        </button>
        <button type="button" disabled={step.kind === 'working'} onClick={() => void print()}>
          {t.rangePrint}
        </button>
        <button type="button" disabled={step.kind === 'working'} onClick={() => void csv()}>
          {t.rangeCsv}
        </button>
      </div>
      <div role="status" aria-live="polite" class="range-status">
        {step.kind === 'working' && <p>{t.working}</p>}
        {step.kind === 'done' && <p>{step.message}</p>}
        {step.kind === 'done' && step.note && <p>{step.note}</p>}
      </div>
      {step.kind === 'error' && (
        <p class="field__error" role="alert">
          {step.message}
        </p>
      )}
      {printView && <printView.View model={printView.model} />}
    </section>
  );
}
