import type { Kind, Way } from '../vocabulary';
import { ALL_LABELS, labelledValues } from './certificateLabels';
import { readCertificateDates } from './certificateDates';
import { readCertificateHours } from './certificateHours';
import { readCertificateNumber } from './certificateNumber';
import { readCertificateProvider } from './certificateProvider';
import { readCertificateStudy } from './certificateStudy';
import { readCertificateTitle } from './certificateTitle';
import { normaliseLines } from './normalizeOcrText';
import { DOUBT } from './ocrText';
import { sure, type Suggestion } from './suggestion';

export type { Confidence, Suggestion } from './suggestion';

export interface CertificateContext {
  /** The provincial bases' names (content/bases/bases.json). */
  bases: readonly string[];
  /** Providers the person has written in earlier entries. */
  ownProviders: readonly string[];
  /** YYYY-MM-DD. */
  today: string;
}

/** Suggested values, named as the entry's fields (schemas/entry.ts). */
export interface CertificateFields {
  title?: Suggestion<string>;
  kind?: Suggestion<Kind>;
  way?: Suggestion<Way>;
  startDate?: Suggestion<string>;
  endDate?: Suggestion<string>;
  hoursTenths?: Suggestion<number>;
  providerName?: Suggestion<string>;
  /** 备注: the certificate's number, when it has one. */
  notes?: Suggestion<string>;
}

export interface CertificateReading {
  /** False when the text has nothing of a certificate (a photo of something else): then no field is suggested. */
  recognised: boolean;
  fields: CertificateFields;
  /** Sentences for the person: what was seen but not filled, and why. */
  messages: string[];
}

export const NOT_RECOGNISED_MESSAGE = '没有识别出证书内容，请换一张更清晰、完整的证书照片，或直接填写。';

/** Fields found only with a certificate's words around them: a date or a number alone is not a certificate. */
const CERTIFICATE_WORDS = /证书|证明|学时|课时|学分|培训|结业|继续教育|研修|进修|课程/;

/** Suggests an entry's fields from the text recognised on a certificate (OCR output or a PDF's text layer). */
export function extractCertificateFields(text: string, context: CertificateContext): CertificateReading {
  const lines = normaliseLines(text, ALL_LABELS);
  const labelled = labelledValues(lines);
  const dates = readCertificateDates(lines, context.today);
  const hours = readCertificateHours(lines);
  const provider = readCertificateProvider(lines, labelled, [...context.bases, ...context.ownProviders]);
  const title = readCertificateTitle(lines, labelled);
  const study = readCertificateStudy(lines, labelled);
  const number = readCertificateNumber(lines, labelled);

  const fields: CertificateFields = {
    ...(title !== undefined ? { title } : {}),
    ...study,
    ...(dates.startDate !== undefined ? { startDate: dates.startDate } : {}),
    ...(dates.endDate !== undefined ? { endDate: dates.endDate } : {}),
    ...(hours.hoursTenths !== undefined ? { hoursTenths: hours.hoursTenths } : {}),
    ...(provider.providerName !== undefined ? { providerName: provider.providerName } : {}),
    ...(number !== undefined ? { notes: sure(`证书编号：${number}`) } : {}),
  };
  // A value holding a character the engine doubted is shown at most as a hint, never filled.
  for (const key of Object.keys(fields) as (keyof CertificateFields)[]) {
    const field = fields[key];
    if (field && typeof field.value === 'string' && field.value.includes(DOUBT)) field.confidence = 'unsure';
  }
  const messages = [...hours.messages, ...dates.messages, ...provider.messages];
  const seen = Object.keys(fields).length > 0 || messages.length > 0;
  if (!seen || !CERTIFICATE_WORDS.test(lines.join(''))) return { recognised: false, fields: {}, messages: [NOT_RECOGNISED_MESSAGE] };
  return { recognised: true, fields, messages };
}
