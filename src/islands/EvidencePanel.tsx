import { useState } from 'preact/hooks';
import { EVIDENCE_ACCEPT } from '../core/evidence/fileType';
import type { Entry } from '../core/schemas/entry';
import type { AppDatabase, EvidenceMeta } from '../db/database';
import { addEvidence, evidenceOf, removeEvidence } from '../db/evidence';
import { useEvidenceUrl } from './hooks/useEvidenceUrl';
import { panelText } from '../i18n/zhCNPanels';
import { failureText } from './runtime/failureText';
import { decodesAsImage } from './runtime/imageCheck';
import { liveValue, useLive } from './hooks/useLive';
import { EvidenceViewer } from './declare/EvidenceViewer';
import { FormatDetails } from './FormatDetails';
import { viewerText } from '../i18n/declareViewer';
import { certificateReaderText } from '../i18n/certificateReader';
import { entryFieldLabels } from '../i18n/entryFields';
import { emptyFillableFields } from '../core/forms/fillFromCertificate';

interface Props {
  db: AppDatabase;
  entry: Entry;
  disabled: boolean;
  newId: () => string;
  announce: (message: string) => void;
  onClose: () => void;
  /** Opens the entry in the form and reads the certificate just added, to fill the entry's empty fields. */
  onFillFrom?: (file: File) => void;
}

/** A thumbnail: an image opens the full-screen viewer, a PDF opens in a new tab as application/pdf. */
export function Thumbnail({ db, meta, onOpen }: { db: AppDatabase; meta: EvidenceMeta; onOpen: () => void }) {
  const url = useEvidenceUrl(db, meta);
  if (!url) return <span class="thumb thumb--loading" aria-hidden="true" />;
  if (meta.type === 'application/pdf') {
    return (
      <a class="thumb thumb--pdf" href={url} target="_blank" rel="noopener" aria-label={viewerText.openPdf(meta.name)}>
        PDF
      </a>
    );
  }
  return (
    <button type="button" class="thumb-button" onClick={onOpen} aria-label={viewerText.openImage(meta.name)}>
      <img class="thumb" src={url} alt={panelText.thumbnailAlt(meta.name)} width={96} height={96} />
    </button>
  );
}

/** The photos and PDFs kept with one entry: see, add (camera on phones), remove. */
export function EvidencePanel({ db, entry, disabled, newId, announce, onClose, onFillFrom }: Props) {
  const live = useLive(() => evidenceOf(db, entry.id), [db, entry.id]);
  const items = liveValue(live, []);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  // The certificate just added, offered to fill what the entry still lacks.
  const [added, setAdded] = useState<File | null>(null);
  const gaps = emptyFillableFields(entry);
  const images = items.filter((meta) => meta.type !== 'application/pdf');
  const headingId = `evidence-title-${entry.id}`;

  const add = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    setError('');
    setBusy(true);
    try {
      // Files larger than the space left are refused here, before anything is written.
      const wontFit = await import('./space/fitWarning').then((module) => module.wontFitMessage(files));
      if (wontFit) {
        setError(wontFit);
        return;
      }
      for (const file of files) {
        await addEvidence(db, entry.id, file, newId(), { decodes: decodesAsImage });
        announce(panelText.evidenceAdded(file.name));
        setAdded(file);
      }
    } catch (failure) {
      setError(failureText(panelText.evidenceNotAdded, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="evidence" aria-labelledby={headingId}>
      <h4 id={headingId}>{panelText.evidenceTitle(entry.title)}</h4>
      {items.length === 0 ? (
        <p>{panelText.evidenceNone}</p>
      ) : (
        <ul class="evidence__items">
          {items.map((meta) => (
            <li key={meta.id}>
              <Thumbnail db={db} meta={meta} onOpen={() => setViewing(meta.id)} />
              <span class="evidence__name">
                {panelText.evidenceFileLine(meta.name, meta.size)}
              </span>
              <button
                type="button"
                disabled={disabled}
                onClick={() => void removeEvidence(db, meta.id).then(() => announce(panelText.evidenceRemoved(meta.name)), (failure: unknown) => setError(failureText(panelText.evidenceNotRemoved, failure)))}
              >
                {panelText.removeEvidence(meta.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="evidence__add">
        <label class="file-button">
          {panelText.takePhoto}
          <input type="file" accept="image/*" capture="environment" disabled={disabled || busy} onChange={add} class="visually-hidden" aria-describedby={`evidence-hint-${entry.id}`} />
        </label>
        <label class="file-button">
          {panelText.chooseFile}
          <input type="file" accept={EVIDENCE_ACCEPT} multiple disabled={disabled || busy} onChange={add} class="visually-hidden" aria-describedby={`evidence-hint-${entry.id}`} />
        </label>
      </div>
      <p class="field__hint" id={`evidence-hint-${entry.id}`}>
        {panelText.evidenceHint}
      </p>
      {added && onFillFrom && gaps.length > 0 && !disabled && (
        <button type="button" onClick={() => onFillFrom(added)}>
          {certificateReaderText.fillGaps(added.name, gaps.map((field) => entryFieldLabels[field as keyof typeof entryFieldLabels]))}
        </button>
      )}
      <FormatDetails text={panelText.evidenceFormat} />
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={onClose}>
        {panelText.closeEvidence}
      </button>
      {viewing !== null && images.some((meta) => meta.id === viewing) && (
        <EvidenceViewer db={db} items={images} start={images.findIndex((meta) => meta.id === viewing)} onClose={() => setViewing(null)} />
      )}
    </section>
  );
}
