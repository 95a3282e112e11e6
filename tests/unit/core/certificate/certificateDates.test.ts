import { describe, expect, it } from 'vitest';
import { readCertificateDates } from '../../../../src/core/certificate/certificateDates';
import { normaliseLines } from '../../../../src/core/certificate/normalizeOcrText';
import { ALL_LABELS } from '../../../../src/core/certificate/certificateLabels';

const TODAY = '2026-06-30';
const read = (text: string, today = TODAY) => readCertificateDates(normaliseLines(text, ALL_LABELS), today);
const values = (text: string, today = TODAY) => {
  const reading = read(text, today);
  return [reading.startDate?.value ?? null, reading.endDate?.value ?? null, reading.startDate?.confidence ?? reading.endDate?.confidence ?? null];
};

describe('study dates on a certificate', () => {
  it.each([
    ['培训时间：2026年3月5日至2026年3月7日', '2026-03-05', '2026-03-07', 'sure'],
    ['培训时间：2026.03.05-2026.03.07', '2026-03-05', '2026-03-07', 'sure'],
    ['培训时间：2026-3-5 至 2026-3-7', '2026-03-05', '2026-03-07', 'sure'],
    ['培训时间：2026/03/05~2026/03/07', '2026-03-05', '2026-03-07', 'sure'],
    ['于2026年3月5日—3月7日参加', '2026-03-05', '2026-03-07', 'sure'],
    ['于2026年3月5日至7日参加', '2026-03-05', '2026-03-07', 'sure'],
    ['于2026年3月5日到2026年3月7日参加', '2026-03-05', '2026-03-07', 'sure'],
    ['学习期间：２０２６年３月５日～２０２６年３月７日', '2026-03-05', '2026-03-07', 'sure'],
    ['培训时间：2O26年3月5日至2O26年3月l0日', '2026-03-05', '2026-03-10', 'sure'],
    ['培训时间：2026 . 03 . 05 - 2026 . 03 . 07', '2026-03-05', '2026-03-07', 'sure'],
    ['培训时间：2025年12月29日至2026年1月2日', '2025-12-29', '2026-01-02', 'sure'],
    ['于3月5日至7日参加\n发证日期：2026年3月10日', '2026-03-05', '2026-03-07', 'sure'],
    ['于3月5日至7日参加', '2026-03-05', '2026-03-07', 'unsure'],
    ['于12月28日至30日参加\n2026年1月5日', '2025-12-28', '2025-12-30', 'unsure'],
    ['培训日期：2026年3月20日', '2026-03-20', '2026-03-20', 'sure'],
    ['于2026年3月20日参加讲座', '2026-03-20', '2026-03-20', 'sure'],
    ['完成时间：2026-02-18 15:32', null, '2026-02-18', 'sure'],
    ['开始日期：2026年3月2日 结束日期：2026年3月6日', '2026-03-02', '2026-03-06', 'sure'],
    ['发证日期：2026年3月20日', null, null, null],
    ['日期：2026-03-20', null, null, null],
    ['2026年3月20日', null, null, null],
    ['培训时间：2026年2月28日至2026年2月30日', null, null, null],
    ['培训时间：2026年13月1日至2026年13月2日', null, null, null],
    ['培训时间：2026年7月1日至2026年7月3日', null, null, null],
    ['培训时间：2026年3月7日至2026年3月5日', null, null, null],
    ['培训时间：2026年6月28日至2026年6月30日', '2026-06-28', '2026-06-30', 'sure'],
    ['培训时间：2026年3月5日至7日\n培训时间：2026年4月1日至2日', '2026-03-05', '2026-03-07', 'unsure'],
    ['培训时间：1899年3月5日至7日', null, null, null],
    ['培训时间：2026.3.5-3.7', '2026-03-05', '2026-03-07', 'sure'],
    ['培训时间：2026.3.5-2O', null, null, null],
    ['培训时间：2026年3月5日 8:30-17:00', '2026-03-05', '2026-03-05', 'sure'],
  ])('%s → %s … %s (%s)', (text, start, end, confidence) => expect(values(text)).toEqual([start, end, confidence]));

  it('says why a future period is not filled', () => {
    expect(read('培训时间：2026年7月1日至2026年7月3日').messages.join('')).toContain('晚于今天');
  });

  it('tells the issue date apart from an unlabelled one', () => {
    expect(read('发证日期：2026年3月20日').messages).toEqual(['证书上的发证日期为2026年3月20日，不是学习的完成日期，没有填入。']);
    expect(read('2026年3月20日').messages).toEqual(['证书上有日期2026年3月20日，但没有写明是学习日期，没有填入。']);
  });
});
