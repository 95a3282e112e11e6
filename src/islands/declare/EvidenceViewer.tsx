import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppDatabase, EvidenceMeta } from '../../db/database';
import { useEvidenceUrl } from '../hooks/useEvidenceUrl';
import { viewerText as t } from '../../i18n/declareViewer';
import '../../styles/declare.css';

interface Props {
  db: AppDatabase;
  /** The entry's images, in order. */
  items: readonly EvidenceMeta[];
  /** Index of the image to open with. */
  start: number;
  onClose: () => void;
}

/**
 * An image at full resolution in a modal dialog: next/previous within the
 * entry, closes on Esc, on its button and on the browser's back (opening
 * pushes a history entry on the same URL, so the hash view stays).
 */
export function EvidenceViewer({ db, items, start, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState(start);
  const meta = items[index];
  const closing = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    history.pushState({ evidenceViewer: true }, '', location.href);
    const onPop = () => {
      closing.current = true;
      onClose();
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      // Closed by Esc or the button: take our history entry off again.
      if (!closing.current && (history.state as { evidenceViewer?: boolean } | null)?.evidenceViewer) history.back();
    };
  }, []);

  const url = useEvidenceUrl(db, meta);

  if (!meta) return null;
  const step = (delta: number) => {
    setIndex((index + delta + items.length) % items.length);
  };
  return (
    <dialog
      ref={dialog}
      class="viewer"
      aria-label={t.viewerTitle(meta.name, index + 1, items.length)}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="viewer__bar">
        <p class="viewer__title">{t.viewerTitle(meta.name, index + 1, items.length)}</p>
        {items.length > 1 && (
          <>
            <button type="button" onClick={() => step(-1)}>
              {t.previous}
            </button>
            <button type="button" onClick={() => step(1)}>
              {t.next}
            </button>
          </>
        )}
        <button type="button" class="button--primary" onClick={onClose}>
          {t.closeViewer}
        </button>
      </div>
      <div class="viewer__stage">{url && <img class="viewer__image" src={url} alt={meta.name} />}</div>
    </dialog>
  );
}
