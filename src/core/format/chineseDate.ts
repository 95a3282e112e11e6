import { isRealIsoDate } from '../calendar/days';

/** `2025-06-30` → `2025年6月30日`, the way Chinese official documents write dates. */
export function formatChineseDate(isoDate: string): string {
  if (!isRealIsoDate(isoDate)) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Tenths of a 学时 as people write them: 900 → "90", 125 → "12.5". */
export function formatHours(tenths: number): string {
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  const sign = tenths < 0 && whole === 0 ? '-' : '';
  return rest === 0 ? `${sign}${whole}` : `${sign}${whole}.${rest}`;
}
