import { NUMBER_LABELS, valuesFor, type LabelledValue } from './certificateLabels';

const NUMBER = /^[A-Za-z0-9][A-Za-z0-9\-_/]{2,39}/;

/** The certificate's number as printed (letters, digits, - _ /); OCR's look-alike letters are kept, as a number has no pattern to correct them by (only the No. before it has). */
export function readCertificateNumber(lines: readonly string[], labelled: readonly LabelledValue[]): string | undefined {
  for (const { value } of valuesFor(labelled, NUMBER_LABELS)) {
    const number = NUMBER.exec(value.replace(/\s+/g, ''))?.[0];
    if (number !== undefined) return number;
  }
  for (const line of lines) {
    const number = /(?:^|[^A-Za-z])(?:No|NO|N0|№)\.?[:]?\s*([A-Za-z0-9][A-Za-z0-9\-_/]{2,39})/.exec(line)?.[1];
    if (number !== undefined && /\d/.test(number)) return number;
  }
  return undefined;
}
