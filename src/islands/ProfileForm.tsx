import { useEffect, useRef, useState } from 'preact/hooks';
import { mergeProfileValues } from '../core/forms/profileValues';
import type { Profile } from '../core/schemas/profile';
import { PROFILE_FIELDS, PROFILE_LABELS, type ProfileField } from '../core/vocabulary';
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

/** Unsaved profile edits kept for this tab's session, so a reload (an update, a stale tab) does not lose them. */
function readDraft(): Partial<Record<ProfileField, string>> {
  try {
    const saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as unknown;
    if (saved === null || typeof saved !== 'object') return {};
    const draft = saved as Record<string, unknown>;
    return Object.fromEntries(PROFILE_FIELDS.flatMap((field) => (typeof draft[field] === 'string' ? [[field, draft[field]]] : [])));
  } catch {
    return {};
  }
}

/** Keeps only the fields that differ from what is stored; none left clears the draft. */
function writeDraft(values: Record<ProfileField, string>, stored: Record<ProfileField, string>): void {
  try {
    const edits = Object.fromEntries(PROFILE_FIELDS.filter((field) => values[field] !== stored[field]).map((field) => [field, values[field]]));
    if (Object.keys(edits).length === 0) sessionStorage.removeItem(DRAFT_KEY);
    else sessionStorage.setItem(DRAFT_KEY, JSON.stringify(edits));
  } catch {
    // Private mode or full storage: the draft is a convenience, the form still works.
  }
}

/** Name, employer, title, specialty and phone: all optional, kept on this device for the summary. */
export function ProfileForm({ profile, disabled, onSave, onDirtyChange }: Props) {
  const [values, setValues] = useState<Record<ProfileField, string>>(() => ({ ...fromProfile(profile), ...readDraft() }));
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
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
  const dirty = PROFILE_FIELDS.some((field) => values[field] !== saved[field]);
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
      const found: Partial<Record<ProfileField, string>> = {};
      for (const issue of result.error.issues) found[issue.path[0] as ProfileField] ??= issue.message;
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

  return (
    <form class="profile-form" onSubmit={submit} noValidate onKeyDown={preventImeEnter} data-unsaved={dirty ? 'true' : undefined}>
      <fieldset disabled={disabled}>
        <legend>{text.profileTitle}</legend>
        <p class="field__hint">{panelText.profileHint}</p>
        {PROFILE_FIELDS.map((field) => (
          <Field key={field} id={`profile-${field}`} label={PROFILE_LABELS[field]} error={errors[field]}>
            <input
              id={`profile-${field}`}
              name={field}
              type={field === 'phone' ? 'tel' : 'text'}
              autocomplete={field === 'name' ? 'name' : field === 'phone' ? 'tel' : field === 'employer' ? 'organization' : 'off'}
              value={values[field]}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={describedBy(`profile-${field}`, errors[field])}
              onInput={(event) => {
                const value = event.currentTarget.value;
                const next = { ...values, [field]: value };
                // Written at once, not after the next render: a reload right after typing must find it.
                writeDraft(next, stored.current);
                setValues((current) => ({ ...current, [field]: value }));
              }}
            />
          </Field>
        ))}
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

function fromProfile(profile: Profile): Record<ProfileField, string> {
  return {
    name: profile.name ?? '',
    employer: profile.employer ?? '',
    title: profile.title ?? '',
    specialty: profile.specialty ?? '',
    phone: profile.phone ?? '',
  };
}
