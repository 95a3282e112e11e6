import { text } from '../i18n/zhCN';
import { STALE_SITE_MESSAGE } from './runtime/staleChunk';

/** A failure shown next to what caused it; when the site was updated under this page, it comes with a reload button. */
export function FailureMessage({ message }: { message: string }) {
  if (!message) return null;
  return (
    <p class="field__error" role="alert">
      {message}
      {message === STALE_SITE_MESSAGE && (
        <>
          {' '}
          <button type="button" onClick={() => location.reload()}>
            {text.reload}
          </button>
        </>
      )}
    </p>
  );
}
