import { useEffect, useRef, useState } from 'preact/hooks';
import { mergeProfileValues } from '../core/forms/profileValues';
import type { Profile } from '../core/schemas/profile';
import { PROFILE_FIELDS, PROFILE_LABELS, type ProfileField } from '../core/vocabulary';
import { UNIT_PROFILE_FIELDS, type UnitProfileField } from '../core/unitVocabulary';
import { unitProfileText } from '../i18n/handover';
import { text } from '../i18n/zhCN';
import { panelText } from '../i18n/zhCNPanels';
import { describedBy, Field } from './Field';
import { preventImeEnter } from './runtime/ime';
import { failureText } from './runtime/failureText';
import { loadActions } from './runtime/loadActions';

interface Props {
  profile: Profile;
  disabled: boolean;
  onSave: (profile: Profile) => Promise<void>;
  onDirtyChange?: (dirty: boolean) => void;
}

const DRAFT_KEY = 'xueshibu:profile-draft';

/** Every field the form holds: the summary's, then the unit's (工号, 证件号码, 科室). Saving writes all of them, so none is dropped. */
type FormField = ProfileField | UnitProfileField;
const FORM_FIELDS: readonly FormField[] = [...PROFILE_FIELDS, ...UNIT_PROFILE_FIELDS];
const isUnitField = (field: FormField): field is UnitProfileField => (UNIT_PROFILE_FIELDS as readonly string[]).includes(field);
/** The unit fields' shared hint: they go only to the 导出给单位 file. */
const UNIT_HINT_ID = 'profile-unit-hint';

/** Unsaved profile edits kept for this tab's session, so a reload (an update, a stale tab) does not lose them. */
function readDraft(): Partial<Record<FormField, string>> {
  try {
    const saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as unknown;
    if (saved === null || typeof saved !== 'object') return {};
    const draft = saved as Record<string, unknown>;
    return Object.fromEntries(FORM_FIELDS.flatMap((field) => (typeof draft[field] === 'string' ? [[field, draft[field]]] : [])));
  } catch {
    return {};
  }
}

/** Keeps only the fields that differ from what is stored; none left clears the draft. */
function writeDraft(values: Record<FormField, string>, stored: Record<FormField, string>): void {
  try {
    const edits = Object.fromEntries(FORM_FIELDS.filter((field) => values[field] !== stored[field]).map((field) => [field, values[field]]));
    if (Object.keys(edits).length === 0) sessionStorage.removeItem(DRAFT_KEY);
    else sessionStorage.setItem(DRAFT_KEY, JSON.stringify(edits));
  } catch {
    // Private mode or full storage: the draft is a convenience, the form still works.
  }
}

/** Name, employer, title, specialty and phone for the summary, and 工号, 证件号码, 科室 for the unit's file: all optional, kept on this device. */
export function ProfileForm({ profile, disabled, onSave, onDirtyChange }: Props) {
  const [values, setValues] = useState<Record<FormField, string>>(() => ({ ...fromProfile(profile), ...readDraft() }));
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [message, setMessage] = useState('');
  // A data change (a save, a restore, another tab) updates only the fields the person is not editing.
  const stored = useRef(fromProfile(profile));
  useEffect(() => {
    const previous = stored.current;
    const next = fromProfile(profile);
    stored.current = next;
    setValues((current) => mergeProfileValues(current, previous, next));
  }, [profile]);
  const saved = fromProfile(profile);
  const dirty = FORM_FIELDS.some((field) => values[field] !== saved[field]);
  useEffect(() => writeDraft(values, stored.current), [values, profile]);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const submit = async (event: Event) => {
    event.preventDefault();
    let profileSchema: Awaited<ReturnType<typeof loadActions>>['profileSchema'];
    try {
      ({ profileSchema } = await loadActions());
    } catch (error) {
      setMessage(failureText(panelText.saveProfile, error));
      return;
    }
    const result = profileSchema.safeParse(values);
    if (!result.success) {
      const found: Partial<Record<FormField, string>> = {};
      for (const issue of result.error.issues) found[issue.path[0] as FormField] ??= issue.message;
      setErrors(found);
      setMessage('');
      return;
    }
    setErrors({});
    try {
      await onSave(result.data);
      setMessage(panelText.profileSaved);
    } catch (error) {
      setMessage(failureText(panelText.saveProfile, error));
    }
  };

  const input = (field: FormField, label: string) => (
    <Field key={field} id={`profile-${field}`} label={label} error={errors[field]}>
      <input
        id={`profile-${field}`}
        name={field}
        type={field === 'phone' ? 'tel' : 'text'}
        autocomplete={field === 'name' ? 'name' : field === 'phone' ? 'tel' : field === 'employer' ? 'organization' : 'off'}
        value={values[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={[describedBy(`profile-${field}`, errors[field]), isUnitField(field) ? UNIT_HINT_ID : undefined].filter(Boolean).join(' ') || undefined}
        onInput={(event) => {
          const value = event.currentTarget.value;
          const next = { ...values, [field]: value };
          // Written at once, not after the next render: a reload right after typing must find it.
          writeDraft(next, stored.current);
          setValues((current) => ({ ...current, [field]: value }));
        }}
      />
    </Field>
  );

  return (
    <form class="profile-form" onSubmit={submit} noValidate onKeyDown={preventImeEnter} data-unsaved={dirty ? 'true' : undefined}>
      <fieldset disabled={disabled}>
        <legend>{text.profileTitle}</legend>
        <p class="field__hint">{panelText.profileHint}</p>
        {PROFILE_FIELDS.map((field) => input(field, PROFILE_LABELS[field]))}
        <fieldset class="choice profile-form__unit">
          <legend>{unitProfileText.legend}</legend>
          <p class="field__hint" id={UNIT_HINT_ID}>
            {unitProfileText.hint}
          </p>
          {UNIT_PROFILE_FIELDS.map((field) => input(field, unitProfileText.labels[field]))}
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="button--primary">
            {panelText.saveProfile}
          </button>
        </div>
        {message && <p role="status">{message}</p>}
      </fieldset>
    </form>
  );
}

function fromProfile(profile: Profile): Record<FormField, string> {
  return {
    name: profile.name ?? '',
    employer: profile.employer ?? '',
    title: profile.title ?? '',
    specialty: profile.specialty ?? '',
    phone: profile.phone ?? '',
    staffNumber: profile.staffNumber ?? '',
    idNumber: profile.idNumber ?? '',
    department: profile.department ?? '',
  };
}
