import { useEffect } from 'preact/hooks';
import type { CertificateContext, CertificateReading } from '../../core/certificate/extractFields';
import { certificateReaderText as text } from '../../i18n/certificateReader';
import { useCertificateReader } from './useCertificateReader';

interface Props {
  context: CertificateContext;
  disabled: boolean;
  /** Fills the form from a reading; says how many fields it filled and how many it left as the person wrote them. */
  apply: (reading: CertificateReading, file: File) => { filled: number; kept: number; editing: boolean };
  /** A file to read as soon as the form opens (a certificate already kept with the entry). */
  initialFile?: File | undefined;
}

/**
 * 从证书识别: a photo (the camera on a phone), a screenshot or a PDF of a
 * certificate fills the entry form, read on this device. The person checks
 * each filled field; nothing is saved without 保存.
 */
export function CertificateReader({ context, disabled, apply, initialFile }: Props) {
  const reader = useCertificateReader(context, apply);
  useEffect(() => {
    if (initialFile) reader.choose(initialFile);
    // Once per file handed in: the reader's own state changes must not read it again.
  }, [initialFile]);
  const { state, message, notes, progress } = reader;
  const busy = state === 'reading' || state === 'downloading';
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) reader.choose(file);
  };
  return (
    <div class="certificate-reader" data-certificate-reader="" data-state={state} data-read-ms={reader.readMs ?? undefined} aria-busy={busy ? 'true' : undefined}>
      <label class={`file-button${disabled || busy ? ' file-button--disabled' : ''}`}>
        {text.control}
        <input type="file" accept="image/*,application/pdf" class="visually-hidden" disabled={disabled || busy} onChange={onChange} aria-describedby="certificate-reader-hint" />
      </label>
      <p class="field__hint" id="certificate-reader-hint">
        {text.hint}
      </p>
      {state === 'consent' && (
        <div class="certificate-reader__consent">
          <p>{text.consent(reader.downloadBytes)}</p>
          <div class="form-actions">
            <button type="button" class="button--primary" onClick={reader.agree}>
              {text.download}
            </button>
            <button type="button" onClick={reader.decline}>
              {text.cancel}
            </button>
          </div>
        </div>
      )}
      {state === 'downloading' && (
        <div class="certificate-reader__progress" role="status">
          <progress max={progress.total || 1} value={progress.loaded} aria-label={text.download} />
          <p>{text.downloading(progress.loaded, progress.total)}</p>
          <button type="button" onClick={reader.decline}>
            {text.cancel}
          </button>
        </div>
      )}
      <div role="status" class="certificate-reader__status">
        {message && !message.alert && <p>{message.text}</p>}
        {state === 'reading' && (
          <button type="button" onClick={reader.stop}>
            {text.stop}
          </button>
        )}
        {notes.map((note) => (
          <p key={note} class="field__hint">
            {note}
          </p>
        ))}
      </div>
      {message?.alert && (
        <p class="field__error" role="alert">
          {message.text}
        </p>
      )}
      {reader.retry && (
        <div class="form-actions">
          <button type="button" onClick={reader.agree}>
            {text.retry}
          </button>
          <button type="button" onClick={reader.decline}>
            {text.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
