import type { Warning, WarningCode } from './report';

/** Per-entry warnings of one kind beyond this many are summed up, so a large log does not bury the list. */
export const WARNINGS_PER_KIND = 3;

/** Warnings the dashboard says elsewhere: the rule's basis and the calendar estimate have lines of their own. */
const SHOWN_ELSEWHERE: ReadonlySet<WarningCode> = new Set<WarningCode>(['ruleAssumed', 'nationalRule', 'calendarEstimated']);

export interface WarningGroup {
  code: WarningCode;
  shown: Warning[];
  /** How many more of this kind are not listed. */
  more: number;
}

/** The report's warnings as the dashboard lists them: grouped by kind in the report's order, at most a few of each. */
export function warningGroups(warnings: readonly Warning[]): WarningGroup[] {
  const groups = new Map<WarningCode, Warning[]>();
  for (const warning of warnings) {
    if (SHOWN_ELSEWHERE.has(warning.code)) continue;
    const group = groups.get(warning.code);
    if (group) group.push(warning);
    else groups.set(warning.code, [warning]);
  }
  return [...groups].map(([code, all]) => ({ code, shown: all.slice(0, WARNINGS_PER_KIND), more: Math.max(0, all.length - WARNINGS_PER_KIND) }));
}
