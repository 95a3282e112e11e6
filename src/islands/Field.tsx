import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  /** A note on where the value came from (识别结果，请核对), shown until the person changes the value. */
  mark?: string | undefined;
  children: ComponentChildren;
}

/** A labelled control with its hint and its error right below it; the control must use `id` and `describedBy(id)`. */
export function Field({ id, label, error, hint, mark, children }: Props) {
  return (
    <div class={`field${error ? ' field--invalid' : ''}${mark ? ' field--marked' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {mark && (
        <p class="field__mark" id={`${id}-mark`}>
          {mark}
        </p>
      )}
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The aria-describedby value for a field's hint and error. */
export function describedBy(id: string, error: string | undefined, hint = false, mark = false): string | undefined {
  const ids = [mark ? `${id}-mark` : '', hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter((part) => part !== '');
  return ids.length > 0 ? ids.join(' ') : undefined;
}
