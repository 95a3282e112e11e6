import { describe, expect, it } from 'vitest';
import { readCertificateHours } from '../../../../src/core/certificate/certificateHours';
import { normaliseLines } from '../../../../src/core/certificate/normalizeOcrText';
import { ALL_LABELS } from '../../../../src/core/certificate/certificateLabels';

const read = (text: string) => readCertificateHours(normaliseLines(text, ALL_LABELS));

describe('学时 on a certificate', () => {
  it.each([
    ['共计 24 学时', 240, 'sure'],
    ['学时：12.5', 125, 'sure'],
    ['课时数 8', 80, 'sure'],
    ['总学时：40', 400, 'sure'],
    ['共计24个学时', 240, 'sure'],
    ['学时：６.０学时', 60, 'sure'],
    ['共计 l2 学时', 120, 'sure'],
    ['学时:4O', 400, 'sure'],
    ['模块一 16学时\n模块二 24学时\n合计 40学时', 400, 'sure'],
    ['本课程 3学时\n本年度已获 27学时', 30, 'unsure'],
    ['课时：24课时（每课时45分钟）', 240, 'sure'],
    ['学时：12.55', null, null],
    ['学时：0', null, null],
    ['学时证明\n2026年3月5日', null, null],
    ['获得2学分', null, null],
    ['学分：2', null, null],
    ['学时 2026年', null, null],
  ])('%s → %s (%s)', (text, tenths, confidence) => {
    const reading = read(text);
    expect([reading.hoursTenths?.value ?? null, reading.hoursTenths?.confidence ?? null]).toEqual([tenths, confidence]);
  });

  it.each([
    ['获得2学分', '2学分'],
    ['学分：1.5', '1.5学分'],
    ['学分:O.5', '0.5学分'],
  ])('with only credits (%s) it leaves 学时 empty and names %s', (text, figure) => {
    const reading = read(text);
    expect(reading.hoursTenths).toBeUndefined();
    expect(reading.messages).toHaveLength(1);
    expect(reading.messages[0]).toContain(figure);
  });
});
