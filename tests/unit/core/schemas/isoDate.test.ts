import { describe, expect, it } from 'vitest';
import { isRealIsoDate, isoDateSchema } from '../../../../src/core/schemas/isoDate';

describe('isRealIsoDate', () => {
  it.each([
    ['2025-12-31', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-1-05', false],
    ['2025/01/05', false],
    ['', false],
    ['2025-01-05T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected);
  });

  it('rejects a Date object (an unquoted YAML date) with a message about quoting', () => {
    const result = isoDateSchema.safeParse(new Date('2025-06-30'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('YYYY-MM-DD');
  });
});
