import { useState } from 'preact/hooks';
import { uploadCopyName } from '../../core/declare/fileNames';
import { evidenceFit, limitMegabytes, type UploadLimit } from '../../core/declare/uploadLimit';
import type { Entry } from '../../core/schemas/entry';
import type { EvidenceMeta } from '../../db/database';
import { evidenceBytes } from '../../db/evidence';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { Thumbnail } from '../EvidencePanel';
import { downloadFile } from '../runtime/download';
import { failureText } from '../runtime/failureText';
import { FormatDetails } from '../FormatDetails';
import { EvidenceViewer } from './EvidenceViewer';

interface Props {
  entry: Entry;
  number: number;
  items: readonly EvidenceMeta[];
  limit: UploadLimit;
}

/** One entry's evidence against the upload limit, each with a button that makes (and downloads) its upload copy. */
export function EvidenceFiles({ entry, number, items, limit }: Props) {
  const { db, announce } = useLog();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const images = items.filter((meta) => meta.type !== 'application/pdf');

  const makeCopy = async (meta: EvidenceMeta, index: number) => {
    setBusy(meta.id);
    setErrors((all) => ({ ...all, [meta.id]: '' }));
    try {
      const data = await evidenceBytes(db, meta.id);
      const { makeUploadCopy } = await import('../runtime/uploadCopy');
      const copy = data ? await makeUploadCopy(data, meta.type, limit.maxBytes) : ({ ok: false, reason: 'undecodable' } as const);
      if (!copy.ok) {
        const message = copy.reason === 'undecodable' ? t.undecodable(meta.name) : t.cannotShrink(meta.name, limitMegabytes(limit));
        setErrors((all) => ({ ...all, [meta.id]: message }));
        return;
      }
      const name = uploadCopyName(number, entry, copy.type === 'application/pdf' ? 'pdf' : copy.type === 'image/png' ? 'png' : 'jpg', index);
      downloadFile(copy.bytes, name, copy.type);
      announce(t.copyMade(name, copy.bytes.byteLength));
    } catch (failure) {
      setErrors((all) => ({ ...all, [meta.id]: failureText(t.copyNotMade, failure) }));
    } finally {
      setBusy(null);
    }
  };

  if (items.length === 0) return <p>{t.evidenceNone}</p>;
  return (
    <>
      <p class="field__hint">
        {t.limitWithSource(limitMegabytes(limit))}
      </p>
      <FormatDetails text={t.uploadFormat(limitMegabytes(limit))} />
      <ul class="evidence__items">
        {items.map((meta, index) => {
          const fit = evidenceFit(meta, limit);
          const errorId = `copy-error-${meta.id}`;
          return (
            <li key={meta.id}>
              <Thumbnail db={db} meta={meta} onOpen={() => setViewing(meta.id)} />
              <span class="evidence__name">{t.fileLine(meta.name, meta.size)}</span>
              <span class={fit === 'fits' ? '' : 'declare-fit--bad'} data-fit={fit}>
                {t.fit[fit]}
              </span>
              {fit !== 'cannotShrink' && (
                <button type="button" disabled={busy !== null} aria-describedby={errors[meta.id] ? errorId : undefined} onClick={() => void makeCopy(meta, index)}>
                  {busy === meta.id ? t.makingCopy : t.makeCopy(meta.name)}
                </button>
              )}
              {errors[meta.id] && (
                <p class="field__error" id={errorId} role="alert">
                  {errors[meta.id]}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {viewing !== null && images.some((meta) => meta.id === viewing) && (
        <EvidenceViewer db={db} items={images} start={images.findIndex((meta) => meta.id === viewing)} onClose={() => setViewing(null)} />
      )}
    </>
  );
}
