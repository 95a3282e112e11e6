import { yearOf } from '../calendar/days';

/**
 * The year an entry's hours count in: the year it was completed. The notice
 * does not say how study across the new year counts; this is the site's
 * reading (said so in the guidance), applied everywhere through this one function.
 */
export function countedYear(entry: { endDate: string }): number {
  return yearOf(entry.endDate);
}
