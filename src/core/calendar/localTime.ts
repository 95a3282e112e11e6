/**
 * Instants as the device's own calendar reads them. A stored instant is UTC
 * (toISOString), so slicing it gives the UTC day: a backup made at 00:30 in
 * Beijing would read as the day before. Every date shown or written from an
 * instant goes through localDay instead (stored texts through stampDay). The
 * device's time zone is the one the JavaScript runtime reports; the instant is
 * passed in, never read here.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** The device's local calendar day of an instant, YYYY-MM-DD. */
export function localDay(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
