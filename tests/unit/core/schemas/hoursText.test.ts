import { describe, expect, it } from 'vitest';
import { parseHoursText } from '../../../../src/core/hours/parseHours';

describe('parseHoursText', () => {
  it.each([
    ['12', 120],
    ['12.5', 125],
    ['0.5', 5],
    [' 30 ', 300],
    ['12.50', 125],
    ['１２．５', 125],
    ['12。5', 125],
    ['9999.9', 99_999],
    ['.5', undefined],
  ])('%j → %s tenths', (text, tenths) => {
    const result = parseHoursText(text);
    if (tenths === undefined) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, tenths });
  });

  it.each([
    ['', '请填写学时'],
    ['   ', '请填写学时'],
    ['0', '学时须大于 0'],
    ['0.0', '学时须大于 0'],
    ['-3', '学时须大于 0'],
    ['12.55', '学时最多保留一位小数'],
    ['abc', '学时须为数字'],
    ['1e3', '学时须为数字'],
    ['1e308', '不能用科学计数法'],
    ['1E+999', '不能用科学计数法'],
    ['99999999999999999999', '学时过大'],
    ['十二', '学时须为数字'],
    ['10000', '学时过大'],
  ])('%j is refused: %s', (text, message) => {
    const result = parseHoursText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
