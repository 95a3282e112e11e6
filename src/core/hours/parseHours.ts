/** Largest 学时 one entry may hold (9999.9): beyond that it is a typo, not a course. */
export const MAX_ENTRY_TENTHS = 99_999;

export type HoursTextResult = { ok: true; tenths: number } | { ok: false; message: string };

/**
 * Reads 学时 as a person types them ("12", "12.5", "１２．５") into integer
 * tenths, refusing what cannot be an amount of study with a message in Chinese.
 */
export function parseHoursText(text: string): HoursTextResult {
  const normalised = text.normalize('NFKC').trim().replace(/。/g, '.');
  if (normalised === '') return { ok: false, message: '请填写学时' };
  if (/^-/.test(normalised)) return { ok: false, message: '学时须大于 0' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(normalised);
  // A spreadsheet may write 1E+308: say what is wrong with it, not just "a number".
  if (!match && /^\d*\.?\d+e[+-]?\d+$/i.test(normalised)) return { ok: false, message: '学时须为数字，例如 12 或 12.5，不能用科学计数法（如 1e308）' };
  if (!match) return { ok: false, message: '学时须为数字，例如 12 或 12.5' };
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 1) return { ok: false, message: '学时最多保留一位小数' };
  const tenths = Number(whole) * 10 + Number(fraction === '' ? 0 : fraction);
  if (tenths === 0) return { ok: false, message: '学时须大于 0' };
  if (tenths > MAX_ENTRY_TENTHS) return { ok: false, message: '学时过大，单条记录不超过 9999.9 学时' };
  return { ok: true, tenths };
}
