import { isRealIsoDate } from './days';

/** `2025-06-30` → `2025年6月30日`, the way Chinese official documents write dates. */
export function formatChineseDate(isoDate: string): string {
  if (!isRealIsoDate(isoDate)) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
