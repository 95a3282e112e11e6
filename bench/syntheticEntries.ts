import { addDays } from '../src/core/calendar/days';
import type { Entry } from '../src/core/schemas/entry';
import { mayBePlatformRecorded, STATUSES, WAYS_BY_KIND } from '../src/core/vocabulary';

/**
 * A deterministic, schema-valid log: the same entries every run (a small LCG,
 * not Math.random), spread over `year` and the months around it.
 */
export function syntheticEntries(count: number, year: number, seed = 20251231): Entry[] {
  let state = seed;
  const next = (max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % max;
  };
  return Array.from({ length: count }, (_, index): Entry => {
    const endDate = addDays(`${year - 1}-10-01`, next(540));
    const kind = next(3) === 0 ? 'public' : 'professional';
    const ways = WAYS_BY_KIND[kind].filter((way) => way !== 'other');
    const way = ways[next(ways.length)] ?? 'training';
    const recording = mayBePlatformRecorded(way) && next(2) === 0 ? 'platform' : 'declare';
    const status = recording === 'platform' ? 'notDeclared' : (STATUSES[next(STATUSES.length)] ?? 'notDeclared');
    const declaredOn = addDays(endDate, next(20));
    const decidedOn = addDays(declaredOn, next(5));
    const lifecycle =
      status === 'notDeclared'
        ? {}
        : status === 'declared'
          ? { declaredOn }
          : status === 'employerApproved'
            ? { declaredOn, employerApprovedOn: decidedOn }
            : status === 'approved'
              ? { declaredOn, employerApprovedOn: decidedOn, approvedOn: decidedOn }
              : { declaredOn, returnedOn: decidedOn, returnedBy: 'employer' as const, returnReason: '证明材料不全' };
    return {
      id: `bench-${index}`,
      title: `课程 ${index}：新技术与新方法`,
      kind,
      way,
      startDate: addDays(endDate, -next(5)),
      endDate,
      hoursTenths: 5 + next(200),
      recording,
      status,
      ...lifecycle,
    };
  });
}

/** `perYear` entries completed within each of `years` (ids unique across years), for the multi-year benchmarks. */
export function syntheticYears(years: readonly number[], perYear: number): Entry[] {
  return years.flatMap((year) =>
    syntheticEntries(perYear, year, 20251231 + year).map((entry) => {
      const monthDay = entry.endDate.slice(5) === '02-29' ? '02-28' : entry.endDate.slice(5);
      const date = `${year}-${monthDay}`;
      const { declaredOn, employerApprovedOn, approvedOn, returnedOn } = entry;
      return {
        ...entry,
        id: `${entry.id}-${year}`,
        startDate: date,
        endDate: date,
        ...(declaredOn === undefined ? {} : { declaredOn: date }),
        ...(employerApprovedOn === undefined ? {} : { employerApprovedOn: date }),
        ...(approvedOn === undefined ? {} : { approvedOn: date }),
        ...(returnedOn === undefined ? {} : { returnedOn: date }),
      };
    }),
  );
}
