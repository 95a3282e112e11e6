/**
 * Instants as the device's own calendar reads them. A stored instant is UTC
 * (toISOString), so slicing it gives the UTC day: a backup made at 00:30 in
 * Beijing would read as the day before. Every date shown or written from an
 * instant goes through here instead. The device's time zone is the one the
 * JavaScript runtime reports; the instant is passed in, never read here.
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function asDate(instant: Date | string): Date | null {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The device's local calendar day of an instant, YYYY-MM-DD. A bare
 * YYYY-MM-DD is a day already and is returned as it is; a text that is no
 * instant keeps its first ten characters.
 */
export function localDay(instant: Date | string): string {
  if (typeof instant === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  const date = asDate(instant);
  if (!date) return typeof instant === 'string' ? instant.slice(0, 10) : '';
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The device's local date and time of an instant, YYYY-MM-DD HH:MM:SS. */
export function localDateTime(instant: Date | string): string {
  const date = asDate(instant);
  if (!date) return '';
  return `${localDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * An instant as iCalendar's DTSTAMP wants it: UTC in basic form,
 * YYYYMMDDTHHMMSSZ (RFC 5545 3.8.7.2 requires UTC there; calendar apps show it
 * in the device's own time).
 */
export function icsUtcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
