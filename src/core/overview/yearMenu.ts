/** The national rule (人社部令第25号) took effect in 2015: no year before it is offered or recorded in a range. */
export const FIRST_YEAR = 2015;

/**
 * The years the log's menu offers, newest first: every year from FIRST_YEAR to
 * `todayYear`, and any other year that already has records (so next year
 * appears before it starts only when something is recorded in it).
 */
export function yearMenu(todayYear: number, recordedYears: readonly number[] = []): number[] {
  const years = new Set<number>(recordedYears);
  for (let year = todayYear; year >= FIRST_YEAR; year -= 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}
