import { describe, expect, it } from 'vitest';
import { formatChineseDate } from '../../../src/core/calendar/chineseDate';
import { formatHours } from '../../../src/core/hours/formatHours';

describe('formatChineseDate', () => {
  it.each([
    ['2025-06-30', '2025年6月30日'],
    ['2025-12-31', '2025年12月31日'],
    ['2026-01-01', '2026年1月1日'],
  ])('%s → %s', (iso, text) => expect(formatChineseDate(iso)).toBe(text));

  it('refuses what is not a date instead of printing nonsense', () => {
    expect(() => formatChineseDate('2025-02-30')).toThrow(RangeError);
  });
});

describe('formatHours', () => {
  it.each([
    [900, '90'],
    [125, '12.5'],
    [5, '0.5'],
    [0, '0'],
    [-5, '-0.5'],
    [-125, '-12.5'],
  ])('%i tenths → %s', (tenths, text) => expect(formatHours(tenths)).toBe(text));
});
