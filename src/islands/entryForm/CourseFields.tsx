import { KIND_LABELS, KINDS, WAY_LABELS, WAYS_BY_KIND, type Kind } from '../../core/vocabulary';
import { entryFieldLabels as labels, entryFormText } from '../../i18n/entryFields';
import { Field } from '../Field';
import { inputProps, markOf, selectProps } from './inputProps';
import type { EntryFormModel } from './useEntryForm';

const DATE_LIMITS = { min: '2000-01-01', max: '2100-12-31' };

/** What was studied: title, kind, way, dates, 学时 and provider. */
export function CourseFields({ model, providers }: { model: EntryFormModel; providers: readonly string[] }) {
  const { values, errors } = model;
  const kind = (KINDS as readonly string[]).includes(values.kind) ? (values.kind as Kind) : 'public';
  return (
    <>
      <Field id="entry-title" label={labels.title} error={errors.title} mark={markOf(model, 'title')}>
        <input type="text" autocomplete="off" {...inputProps(model, 'title')} />
      </Field>

      <fieldset class={`choice${errors.kind ? ' field--invalid' : ''}`} aria-describedby={errors.kind ? 'entry-kind-error' : undefined}>
        <legend>{labels.kind}</legend>
        {KINDS.map((option) => (
          <label key={option} class="choice__option">
            <input type="radio" name="kind" value={option} checked={values.kind === option} onChange={() => model.set('kind', option)} data-recognised={model.recognised.has('kind') && values.kind === option ? 'true' : undefined} />
            {KIND_LABELS[option]}
          </label>
        ))}
        {model.recognised.has('kind') && <p class="field__mark">{markOf(model, 'kind')}</p>}
        {errors.kind && (
          <p class="field__error" id="entry-kind-error">
            {errors.kind}
          </p>
        )}
      </fieldset>

      <Field id="entry-way" label={labels.way} error={errors.way} mark={markOf(model, 'way')}>
        <select {...selectProps(model, 'way')}>
          {WAYS_BY_KIND[kind].map((way) => (
            <option key={way} value={way}>
              {WAY_LABELS[way]}
            </option>
          ))}
        </select>
      </Field>

      {values.way === 'other' && (
        <Field id="entry-wayNote" label={entryFormText.wayNoteLabel} error={errors.wayNote} hint={entryFormText.wayNoteHint}>
          <input type="text" autocomplete="off" {...inputProps(model, 'wayNote', {}, true)} />
        </Field>
      )}

      <div class="field-pair">
        <Field id="entry-startDate" label={labels.startDate} error={errors.startDate} mark={markOf(model, 'startDate')}>
          <input type="date" {...DATE_LIMITS} {...inputProps(model, 'startDate')} />
        </Field>
        <Field id="entry-endDate" label={labels.endDate} error={errors.endDate} mark={markOf(model, 'endDate')} hint={entryFormText.endDateHint}>
          <input type="date" {...DATE_LIMITS} {...inputProps(model, 'endDate', {}, true)} />
          {values.startDate !== '' && values.endDate !== values.startDate && (
            <button type="button" class="button--small" onClick={() => model.set('endDate', values.startDate)}>
              {entryFormText.sameAsStart}
            </button>
          )}
        </Field>
      </div>

      <Field id="entry-hours" label={labels.hours} error={errors.hours} mark={markOf(model, 'hours')} hint={entryFormText.hoursHint}>
        <input type="text" inputMode="decimal" autocomplete="off" {...inputProps(model, 'hours', {}, true)} />
      </Field>

      <Field id="entry-provider" label={labels.provider} error={errors.provider} mark={markOf(model, 'provider')} hint={entryFormText.providerHint}>
        <input type="text" list="entry-providers" autocomplete="off" {...inputProps(model, 'provider', {}, true)} />
      </Field>
      <datalist id="entry-providers">
        {providers.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
