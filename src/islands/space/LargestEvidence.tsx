import { useState } from 'preact/hooks';
import { DEFAULT_UPLOAD_LIMIT, MIN_LIMIT_BYTES } from '../../core/declare/uploadLimit';
import { shrinkTarget } from '../../core/evidence/space';
import { removeEvidence, evidenceBytes } from '../../db/evidence';
import { largestEvidence, replaceEvidenceBytes, type LargeEvidence } from '../../db/largestEvidence';
import { storageFullText as t } from '../../i18n/storageFull';
import { useLog } from '../app/logStore';
import { liveValue, useLive } from '../hooks/useLive';
import { messageOf } from '../data/task';
import { makeUploadCopy } from '../runtime/uploadCopy';

const SHOWN = 5;

/** The evidence files that take the most space, each with a way to free it: remove it, or keep a smaller copy of a photo. */
export function LargestEvidence() {
  const { db, readOnly, announce } = useLog();
  const items = liveValue(useLive(() => largestEvidence(db, SHOWN), [db]), []);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setFailure('');
    try {
      announce(await work());
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const remove = (item: LargeEvidence) =>
    act(async () => {
      await removeEvidence(db, item.id);
      return t.removed(item.name, item.size);
    });
  const shrink = (item: LargeEvidence) =>
    act(async () => {
      const data = await evidenceBytes(db, item.id);
      const copy = data ? await makeUploadCopy(data, item.type, shrinkTarget(item.size, DEFAULT_UPLOAD_LIMIT.maxBytes, MIN_LIMIT_BYTES)) : null;
      if (!copy?.ok || copy.bytes.byteLength >= item.size) throw new Error(t.cannotShrink(item.name));
      await replaceEvidenceBytes(db, item.id, copy.bytes.buffer, copy.type);
      return t.shrunk(item.name, item.size, copy.bytes.byteLength);
    });

  return (
    <>
      <h4>{t.largestTitle}</h4>
      {items.length === 0 ? (
        <p>{t.largestNone}</p>
      ) : (
        <ul class="space__largest">
          {items.map((item) => (
            <li key={item.id}>
              <span>{t.largestLine(item.name, item.title, item.size)}</span>{' '}
              <button type="button" disabled={readOnly || busy} onClick={() => void remove(item)}>
                {t.remove(item.name)}
              </button>
              {item.type !== 'application/pdf' && (
                <button type="button" disabled={readOnly || busy} onClick={() => void shrink(item)}>
                  {t.shrink(item.name)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p class="field__error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
