import { NUMBER_LABELS, valuesFor, type LabelledValue } from './certificateLabels';
import { DOUBT } from './ocrText';

const NUMBER = /^[A-Za-z0-9][A-Za-z0-9\-_/]{2,39}/;

/** The certificate's number as printed (letters, digits, - _ /); OCR's look-alike letters are kept, as a number has no pattern to correct them by (only the No. before it has). */
export function readCertificateNumber(lines: readonly string[], labelled: readonly LabelledValue[]): string | undefined {
  for (const { value } of valuesFor(labelled, NUMBER_LABELS)) {
    const compact = value.replace(/\s+/g, '');
    const number = NUMBER.exec(compact)?.[0];
    // A number cut short by a character the engine doubted is not the number: it is left out, never shortened.
    if (number !== undefined) return compact.charAt(number.length) === DOUBT ? undefined : number;
  }
  for (const line of lines) {
    const number = /(?:^|[^A-Za-z])(?:No|NO|N0|№)\.?[:]?\s*([A-Za-z0-9][A-Za-z0-9\-_/]{2,39})/.exec(line)?.[1];
    if (number !== undefined && /\d/.test(number)) return number;
  }
  return undefined;
}
