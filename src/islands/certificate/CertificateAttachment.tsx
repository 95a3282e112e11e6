import { MAX_EVIDENCE_BYTES } from '../../core/evidence/fileType';
import { bytesAsMegabytes } from '../../core/text/sizeWords';
import { certificateReaderText as text } from '../../i18n/certificateReader';
import { attachable } from '../entryForm/useEntryForm';

/** The certificate the form was filled from: kept with the entry on 保存, unless the person says no or it is too large to keep. */
export function CertificateAttachment({ file, onDrop }: { file: File; onDrop: () => void }) {
  const name = file.name;
  if (!attachable(file)) return <p class="field__hint">{text.attachTooLarge(name, bytesAsMegabytes(MAX_EVIDENCE_BYTES))}</p>;
  return (
    <div class="certificate-reader__attachment">
      <p class="field__hint">{text.attachNote(name)}</p>
      <button type="button" class="button--small" onClick={onDrop}>
        {text.dropAttachment}
      </button>
    </div>
  );
}
