import { declareText as t } from '../../i18n/declareView';

interface Props {
  label: string;
  value: string;
  announce: (message: string) => void;
}

/** Puts exactly `text` on the clipboard, or says how to copy by hand. */
export async function copyText(text: string, announce: (message: string) => void, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce(t.copyFailed);
  }
}

/** One field of the 申报卡: its label, its value as the log has it, and a copy button. */
export function CopyField({ label, value, announce }: Props) {
  return (
    <div class="declare-field">
      <dt>{label}</dt>
      <dd>
        <span class="declare-field__value">{value === '' ? t.emptyValue : value}</span>
        {value !== '' && (
          <button type="button" onClick={() => void copyText(value, announce, t.copied(label))}>
            {t.copy(label)}
          </button>
        )}
      </dd>
    </div>
  );
}
