import type { ComponentChildren } from 'preact';
import { useErrorBoundary, useState } from 'preact/hooks';
import { chineseMessage } from '../../core/failureMessage';
import { toStorageError } from '../../db/errors';
import { dataText as t } from '../../i18n/dataPanel';
import { sentence } from '../../i18n/failures';
import { chunkFailureMessage, importChunk, isChunkLoadError } from '../runtime/staleChunk';

export type DataActions = typeof import('../runtime/dataActions');
/** Backup, spreadsheet and calendar code: fetched on the first use, a stale tab offered the reload. */
export const loadDataActions = (): Promise<DataActions> => importChunk(() => import('../runtime/dataActions'));

/**
 * Any failure as a Chinese sentence: a storage failure in its own words (quota,
 * outdated tab), a stale tab's missing chunk as the reload offer, our own
 * messages as they are, and anything else (a library's English) as a plain
 * Chinese apology, never the English itself.
 */
export function messageOf(failure: unknown): string {
  if (isChunkLoadError(failure)) return chunkFailureMessage();
  const storage = toStorageError(failure);
  if (storage.code !== 'failed') return storage.message;
  const message = chineseMessage(failure);
  return message === null ? t.unexpected : sentence(message);
}

/** One section's task runner: busy while it runs, and whatever happens released with any failure said in Chinese. */
export function useTask() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setFailure('');
    try {
      await task();
    } catch (caught) {
      try {
        setFailure(messageOf(caught));
      } catch {
        setFailure(t.unexpectedShort);
      }
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, run };
}

/** Keeps a rendering error in one part of the panel from taking the whole panel down. */
export function Guard({ children, onError }: { children: ComponentChildren; onError: () => void }) {
  const [failure, reset] = useErrorBoundary(() => onError());
  if (failure) {
    return (
      <p class="field__error" role="alert">
        {t.guardFailed}{' '}
        <button type="button" onClick={reset}>
          {t.close}
        </button>
      </p>
    );
  }
  return <>{children}</>;
}

/** The file a file input was given, and the input cleared so the same file can be chosen again. */
export function takeFile(event: Event): File | null {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0] ?? null;
  input.value = '';
  return file;
}
