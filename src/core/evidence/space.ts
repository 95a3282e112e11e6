/** What the browser says this site uses and may use (navigator.storage.estimate), in bytes. */
export interface SpaceEstimate {
  usage: number;
  quota: number;
}

/** Bytes still free for this site, or null when the browser does not say. */
export function spaceLeft(estimate: SpaceEstimate | null | undefined): number | null {
  if (!estimate || !(estimate.quota > 0)) return null;
  return Math.max(0, estimate.quota - estimate.usage);
}

/**
 * Whether a file of `bytes` can be stored. Unknown space lets the write try
 * (the write itself still refuses cleanly); a file larger than what is left
 * is refused before anything is written.
 */
export function fitsInSpace(bytes: number, estimate: SpaceEstimate | null | undefined): boolean {
  const left = spaceLeft(estimate);
  return left === null || bytes <= left;
}

/** The `count` largest items, largest first; equal sizes keep their order. */
export function largestFirst<T extends { size: number }>(items: readonly T[], count: number): T[] {
  return [...items].sort((a, b) => b.size - a.size).slice(0, Math.max(0, count));
}

/** Years before this one that hold records, oldest first: the ones whose records a person may clear to make room. */
export function closedYears(years: readonly number[], today: string): number[] {
  const current = Number(today.slice(0, 4));
  return [...new Set(years)].filter((year) => year < current).sort((a, b) => a - b);
}

/**
 * The size a smaller copy of an evidence image aims for when space runs out:
 * half the file, never above the usual upload limit (a copy that size is still
 * what the platforms take), and never so small a certificate becomes unreadable.
 */
export function shrinkTarget(size: number, uploadLimit: number, floor: number): number {
  return Math.max(floor, Math.min(uploadLimit, Math.floor(size / 2)));
}
