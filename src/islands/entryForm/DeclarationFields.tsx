import { fieldsForStatus, redeclare } from '../../core/forms/entryForm';
import { mayBePlatformRecorded, RECORDING_LABELS, RECORDINGS, REVIEWER_LABELS, REVIEWERS, STATUS_LABELS, STATUSES } from '../../core/vocabulary';
import { entryFieldLabels as labels, entryFormText } from '../../i18n/entryFields';
import { Field } from '../Field';
import { inputProps, selectProps } from './inputProps';
import type { EntryFormModel } from './useEntryForm';

const DATE_FIELDS: readonly string[] = ['declaredOn', 'employerApprovedOn', 'approvedOn', 'returnedOn'];

/** How the hours count: recorded by the platform, or declared, with where the declaration stands. */
export function DeclarationFields({ model, today }: { model: EntryFormModel; today: string }) {
  const { values, errors, editing } = model;
  const declare = values.recording === 'declare';
  const redeclared = declare ? redeclare(values, today) : null;
  return (
    <>
      {mayBePlatformRecorded(values.way) ? (
        <fieldset class={`choice${errors.recording ? ' field--invalid' : ''}`} aria-describedby="entry-recording-hint">
          <legend>{entryFormText.recordingLegend}</legend>
          {RECORDINGS.map((option) => (
            <label key={option} class="choice__option">
              <input type="radio" name="recording" value={option} checked={values.recording === option} onChange={() => model.set('recording', option)} />
              {RECORDING_LABELS[option]}
            </label>
          ))}
          <p class="field__hint" id="entry-recording-hint">
            {entryFormText.platformHint}
          </p>
          {errors.recording && <p class="field__error">{errors.recording}</p>}
        </fieldset>
      ) : (
        <p class="field__hint recording-fixed" id="entry-recording-fixed">
          {entryFormText.mustDeclare}
          {errors.recording && <span class="field__error"> {errors.recording}</span>}
        </p>
      )}

      {declare && (
        <Field id="entry-status" label={labels.status} error={errors.status}>
          <select {...selectProps(model, 'status')}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </Field>
      )}

      {declare && fieldsForStatus(values.status).length > 0 && (
        <div class="field-pair">
          {fieldsForStatus(values.status).map((field) =>
            DATE_FIELDS.includes(field) ? (
              <Field key={field} id={`entry-${field}`} label={entryFormText.declarationLabels[field]} error={errors[field]}>
                <input type="date" min="2000-01-01" max="2100-12-31" {...inputProps(model, field)} />
              </Field>
            ) : field === 'returnedBy' ? (
              <Field key={field} id="entry-returnedBy" label={entryFormText.declarationLabels.returnedBy} error={errors.returnedBy}>
                <select {...selectProps(model, 'returnedBy')}>
                  <option value="">{entryFormText.choose}</option>
                  {REVIEWERS.map((reviewer) => (
                    <option key={reviewer} value={reviewer}>
                      {REVIEWER_LABELS[reviewer]}
                    </option>
                  ))}
                </select>
              </Field>
            ) : (
              <Field key={field} id="entry-returnReason" label={entryFormText.declarationLabels.returnReason} error={errors.returnReason}>
                <textarea rows={2} {...inputProps(model, 'returnReason')} />
              </Field>
            ),
          )}
        </div>
      )}

      {redeclared && editing?.status === 'returned' && (
        <p class="redeclare">
          <button type="button" onClick={() => model.addRound(redeclared.round, redeclared.values)}>
            {entryFormText.redeclare}
          </button>{' '}
          <span class="field__hint">{entryFormText.redeclareHint}</span>
        </p>
      )}

      {model.rounds.length > 0 && (
        <div class="rounds">
          <p class="rounds__title">{entryFormText.roundsTitle}</p>
          <ul>
            {model.rounds.map((round, index) => (
              <li key={index}>{entryFormText.roundLine(round.declaredOn, REVIEWER_LABELS[round.returnedBy], round.returnedOn, round.reason)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
