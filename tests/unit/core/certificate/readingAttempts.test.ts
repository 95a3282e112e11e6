import { describe, expect, it } from 'vitest';
import type { CertificateReading } from '../../../../src/core/certificate/extractFields';
import { bestAttempt, CONFIDENT_READING, goodEnough, quarterTurnsToTry, sureFieldCount, tryAnotherWay, type Attempt } from '../../../../src/core/certificate/readingAttempts';
import { sure, unsure } from '../../../../src/core/certificate/suggestion';

const reading = (sureFields: number, unsureFields = 0, recognised = true): CertificateReading => {
  const fields: CertificateReading['fields'] = {};
  (['title', 'startDate', 'endDate', 'providerName'] as const).slice(0, sureFields).forEach((name) => (fields[name] = sure('值')));
  if (unsureFields >= 1) fields.hoursTenths = unsure(240);
  if (unsureFields >= 2) fields.notes = unsure('证书编号：0305');
  return { recognised, fields: recognised ? fields : {}, messages: [] };
};
const attempt = (sureFields: number, confidence: number, recognised = true, name = ''): Attempt & { name: string } => ({ reading: reading(sureFields, 1, recognised), confidence, name });

describe('which ways up a photo is read', () => {
  it('lines across: upright first, then upside down', () => expect(quarterTurnsToTry(true)).toEqual([0, 2]));
  it('lines down the photo: a quarter clockwise first, then a quarter the other way', () => expect(quarterTurnsToTry(false)).toEqual([1, 3]));
});

describe('fields the reading is sure of', () => {
  it.each([
    [0, 0, 0],
    [0, 2, 0],
    [1, 0, 1],
    [3, 2, 3],
    [4, 0, 4],
  ])('%i sure and %i unsure → %i', (sureFields, unsureFields, count) => {
    expect(sureFieldCount(reading(sureFields, unsureFields))).toBe(count);
  });
});

describe('a reading good enough that no other way up is tried', () => {
  it.each([
    ['a certificate, two sure fields, confidence at the bar', 2, CONFIDENT_READING, true, true],
    ['a certificate, four sure fields, high confidence', 4, 92, true, true],
    ['just under the confidence bar', 2, CONFIDENT_READING - 0.1, true, false],
    ['only one sure field', 1, 95, true, false],
    ['no sure field', 0, 95, true, false],
    ['no certificate found, however confident', 0, 99, false, false],
  ])('%s → %s', (_name, sureFields, confidence, recognised, expected) => {
    expect(goodEnough({ reading: reading(sureFields, 1, recognised), confidence })).toBe(expected);
  });
});

describe('the best of the readings made', () => {
  it('none made: none', () => expect(bestAttempt([])).toBeNull());

  it.each([
    ['a certificate beats a confident reading that found none', [attempt(0, 95, false, 'none'), attempt(1, 30, true, 'certificate')], 'certificate'],
    ['more sure fields beat more confidence', [attempt(2, 90, true, 'two'), attempt(3, 40, true, 'three')], 'three'],
    ['with as many fields, more confidence wins', [attempt(2, 55, true, 'low'), attempt(2, 70, true, 'high')], 'high'],
    ['a full tie keeps the first reading (the likelier way up)', [attempt(2, 70, true, 'first'), attempt(2, 70, true, 'second')], 'first'],
    ['two readings that found nothing: the more confident', [attempt(0, 20, false, 'faint'), attempt(0, 45, false, 'clearer')], 'clearer'],
    ['one reading: that one', [attempt(0, 0, false, 'only')], 'only'],
  ])('%s', (_name, attempts, winner) => {
    expect((bestAttempt(attempts) as (typeof attempts)[number]).name).toBe(winner);
  });
});

describe('when to read the other way up', () => {
  const reading = (recognised: boolean) => ({ recognised, fields: {}, messages: [] });
  it.each([
    ['no certificate, read quickly (a certificate upside down)', false, 3_000, true],
    ['no certificate, after a long reading (a landscape’s texture)', false, 15_000, false],
    ['a certificate found but too little of it, even after a long reading', true, 15_000, true],
  ])('%s', (_name, recognised, elapsed, expected) => {
    expect(tryAnotherWay({ reading: reading(recognised), confidence: 40 }, elapsed)).toBe(expected);
  });
});
