import type { Tally } from './report';

/** The states a progress bar shows as segments, in order. */
export const SEGMENTS = ['credited', 'pending', 'notDeclared', 'returned'] as const;
export type Segment = (typeof SEGMENTS)[number];

const tenthsOf = (tally: Tally, key: Segment): number =>
  ({ credited: tally.creditedTenths, pending: tally.pendingTenths, notDeclared: tally.notDeclaredTenths, returned: tally.returnedTenths })[key];

/**
 * Each segment's share of the bar, in percent of the requirement: segments
 * fill the bar in order and stop at the requirement, so the bar shows how far
 * the logged hours reach. A rule without a figure (0) draws an empty bar.
 */
export function progressSegments(tally: Tally): { key: Segment; percent: number }[] {
  let room = tally.requiredTenths;
  return SEGMENTS.map((key) => {
    const width = Math.min(tenthsOf(tally, key), Math.max(0, room));
    room -= width;
    return { key, percent: tally.requiredTenths <= 0 ? 0 : Math.round((width / tally.requiredTenths) * 1000) / 10 };
  });
}
