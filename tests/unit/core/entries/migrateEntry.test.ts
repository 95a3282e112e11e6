import { describe, expect, it } from 'vitest';
import { migrateEntryV1 } from '../../../../src/core/entries/migrateEntry';
import { entrySchema } from '../../../../src/core/schemas/entry';

const v1 = (change: Record<string, unknown>) => ({
  id: 'a',
  title: '课程',
  kind: 'professional',
  way: 'training',
  startDate: '2025-03-01',
  endDate: '2025-03-01',
  hoursTenths: 80,
  recording: 'declare',
  status: 'notDeclared',
  ...change,
});

describe('migrateEntryV1: version 1 entries under the version 2 rules', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, string[]]>([
    ['a valid platform 线上学习 entry stays as it is', { kind: 'public', way: 'onlineStudy', recording: 'platform' }, { recording: 'platform', status: 'notDeclared' }, []],
    ['offline study stored as platform becomes 需申报·待申报', { kind: 'public', way: 'inPerson', recording: 'platform' }, { recording: 'declare', status: 'notDeclared' }, ['platformToDeclare']],
    ['研修培训 stored as platform becomes 需申报·待申报', { recording: 'platform' }, { recording: 'declare', status: 'notDeclared' }, ['platformToDeclare']],
    [
      'an approval without a declaration date takes the earliest date known, and says so',
      { status: 'approved', approvedOn: '2025-03-20' },
      { status: 'approved', declaredOn: '2025-03-20', approvedOn: '2025-03-20' },
      ['datesFilled'],
    ],
    [
      'a declaration before completion moves to the completion date, and says so',
      { status: 'declared', declaredOn: '2025-02-01' },
      { declaredOn: '2025-03-01' },
      ['declaredOnMoved'],
    ],
    [
      'a returned entry gets who returned it and a placeholder reason',
      { status: 'returned', declaredOn: '2025-03-05', returnedOn: '2025-03-07' },
      { returnedBy: 'employer', returnReason: '（未记录原因）', returnedOn: '2025-03-07' },
      ['returnReasonFilled'],
    ],
    ['a complete declared entry is left alone', { status: 'declared', declaredOn: '2025-03-05' }, { status: 'declared', declaredOn: '2025-03-05' }, []],
  ])('%s', (_name, change, expected, changes) => {
    const result = migrateEntryV1(v1(change));
    expect(result.entry).toMatchObject(expected);
    expect(result.changes).toEqual(changes);
    // Whatever version 1 held, the result is a valid version 2 entry with the same hours and text.
    expect(entrySchema.safeParse(result.entry).success).toBe(true);
    expect(result.entry).toMatchObject({ id: 'a', title: '课程', hoursTenths: 80 });
  });
});
