import { localDay } from '../../core/calendar/localTime';

/** Today on this device's calendar, as YYYY-MM-DD. The only place the log reads the clock; core gets it passed in. */
export function todayIso(now: Date = new Date()): string {
  return localDay(now);
}

