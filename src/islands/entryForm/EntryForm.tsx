import { useMemo } from 'preact/hooks';
import { providerSuggestions } from '../../core/forms/providerSuggestions';
import { CertificateAttachment } from '../certificate/CertificateAttachment';
import { CertificateReader } from '../certificate/CertificateReader';
import { entryFieldLabels as labels, entryFormText } from '../../i18n/entryFields';
import { loadingText } from '../../i18n/loading';
import { useLog, type FormState } from '../app/logStore';
import { Field } from '../Field';
import { preventImeEnter } from '../runtime/ime';
import { lazy } from '../runtime/lazy';
import { CourseFields } from './CourseFields';
import { DeclarationFields } from './DeclarationFields';
import { inputProps, markOf } from './inputProps';
import { useEntryForm } from './useEntryForm';

// Needed only when two tabs save the same entry: fetched then.
const ConflictChoice = lazy(() => import('../ConflictChoice').then((module) => module.ConflictChoice), loadingText.parts.conflict);

/** Adding or editing one entry. Messages appear at their fields; nothing is stored until every field is valid. */
export function EntryForm({ form }: { form: FormState }) {
  const { today, log, bases, readOnly, closeForm } = useLog();
  const model = useEntryForm(form);
  const { editing, message, conflict } = model;
  const providers = providerSuggestions(log.entries, bases.map((base) => base.name));
  const readerContext = useMemo(
    () => ({ bases: bases.map((base) => base.name), ownProviders: [...new Set(log.entries.map((entry) => entry.providerName).filter((name): name is string => !!name))], today }),
    [bases, log.entries, today],
  );
  return (
    <form ref={model.formRef} class="entry-form" onSubmit={model.submit} onKeyDown={preventImeEnter} noValidate data-unsaved={editing !== null && model.dirty ? 'true' : undefined}>
      <fieldset disabled={readOnly || model.saving}>
        <legend>{editing ? entryFormText.formEditTitle(editing.title) : entryFormText.formAddTitle}</legend>
        {model.restored && model.dirty && <p class="field__hint">{entryFormText.draftRestored}</p>}
        {message && (
          <p class="form-message" role="alert">
            {message}
          </p>
        )}
        {conflict && <ConflictChoice theirs={conflict.theirs} mine={model.values} onKeepMine={model.keepMine} onTakeTheirs={model.takeTheirs} />}
        <CertificateReader context={readerContext} disabled={readOnly || model.saving} apply={model.applyReading} initialFile={form.mode === 'edit' ? form.readFrom : undefined} />
        {model.certificate && <CertificateAttachment file={model.certificate} onDrop={model.dropCertificate} />}
        <CourseFields model={model} providers={providers} />
        <DeclarationFields model={model} today={today} />
        <Field id="entry-notes" label={labels.notes} error={model.errors.notes} mark={markOf(model, 'notes')}>
          <textarea rows={2} {...inputProps(model, 'notes')} />
        </Field>

        <div class="form-actions">
          <button type="submit" class="button--primary">
            {editing ? entryFormText.saveChanges : entryFormText.save}
          </button>
          {editing ? (
            <button type="button" onClick={closeForm}>
              {entryFormText.cancelEdit}
            </button>
          ) : (
            <button type="button" onClick={model.reset}>
              {entryFormText.clearForm}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
