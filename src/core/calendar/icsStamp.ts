/**
 * An instant as iCalendar's DTSTAMP wants it: UTC in basic form,
 * YYYYMMDDTHHMMSSZ. RFC 5545 (3.8.7.2) requires UTC there, so this is the one
 * written instant that is not the device's local time; calendar apps show it in
 * the device's own time. Kept apart from localTime so the home page's script
 * does not carry it.
 */
export function icsUtcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
