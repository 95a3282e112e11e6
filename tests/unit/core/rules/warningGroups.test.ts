import { describe, expect, it } from 'vitest';
import type { Warning } from '../../../../src/core/rules/report';
import { WARNINGS_PER_KIND, warningGroups } from '../../../../src/core/rules/warningGroups';

const overdue = (index: number): Warning => ({ code: 'reviewOverdue', entryId: `e${index}`, stage: 'employer', dueBy: '2025-06-10', calendarEstimated: false });

describe('warningGroups: the dashboard’s list of what to act on', () => {
  it.each<[string, Warning[], { code: string; shown: number; more: number }[]]>([
    ['nothing', [], []],
    ['the basis and calendar lines are said elsewhere', [{ code: 'ruleAssumed', basisYear: 2025 }, { code: 'nationalRule' }, { code: 'calendarEstimated' }], []],
    ['a few of a kind are all listed', [overdue(1), overdue(2)], [{ code: 'reviewOverdue', shown: 2, more: 0 }]],
    [
      'many of a kind are summed up after the first few, kinds kept in the report’s order',
      [...Array.from({ length: 7 }, (_, index) => overdue(index)), { code: 'needsDeclaration', entryIds: ['a'], tenths: 10 }],
      [
        { code: 'reviewOverdue', shown: WARNINGS_PER_KIND, more: 7 - WARNINGS_PER_KIND },
        { code: 'needsDeclaration', shown: 1, more: 0 },
      ],
    ],
  ])('%s', (_name, warnings, expected) => {
    expect(warningGroups(warnings).map((group) => ({ code: group.code, shown: group.shown.length, more: group.more }))).toEqual(expected);
  });
});
