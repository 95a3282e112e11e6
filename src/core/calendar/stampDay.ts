import { localDay } from './localTime';

/**
 * The device's local day of a stored instant (exportedAt, lastBackupAt: ISO
 * text in UTC). A bare YYYY-MM-DD is a day already and stays that day; a text
 * that is no instant keeps its first ten characters. Apart from localTime so the
 * home page's script, which needs only today, does not carry it.
 */
export function stampDay(stamp: string): string {
  // A bare day gets a local midnight, which ECMAScript reads as local time (a bare date alone would be read as UTC).
  const date = new Date(stamp.length === 10 ? `${stamp}T00:00` : stamp);
  return Number.isNaN(date.getTime()) ? stamp.slice(0, 10) : localDay(date);
}
