import { describe, expect, it } from 'vitest';
import { awaitingReviews } from '../../../../src/core/unit/pendingReviews';
import { unitRows, type UnitPerson } from '../../../../src/core/unit/unitRows';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';
import { unitEntry } from '../../../helpers/unitFixtures';

const PEOPLE: UnitPerson[] = [
  { personId: 'a', name: '王喆', department: '心内科', entries: [unitEntry('a-1', { declaredOn: '2025-12-01' }), unitEntry('a-2', { status: 'employerApproved', declaredOn: '2025-11-20', employerApprovedOn: '2025-11-21' })] },
  { personId: 'b', name: '李娜', department: '儿科', entries: [unitEntry('b-1', { declaredOn: '2025-11-24' }), unitEntry('b-2', { declaredOn: '2025-12-05' })] },
  { personId: 'c', name: '张伟', entries: [unitEntry('c-1', { status: 'notDeclared', declaredOn: undefined })] },
  { personId: 'd', name: '赵敏', entries: [unitEntry('d-1', { startDate: '2027-01-04', endDate: '2027-01-05', declaredOn: '2027-01-06' })] },
];

function itemsOn(today: string, years = [2025], decisions: Parameters<typeof awaitingReviews>[2] = []) {
  return awaitingReviews(unitRows(PEOPLE, years, RULE_SETS, today, CALENDAR), PEOPLE, decisions);
}

describe('declarations waiting for the 用人单位', () => {
  it('a 12-01 declaration is due 12-08 (5 working days) and overdue from 12-09', () => {
    const on8 = itemsOn('2025-12-08').find((item) => item.entryId === 'a-1');
    expect(on8).toMatchObject({ declaredOn: '2025-12-01', dueBy: '2025-12-08', daysLeft: 1, overdue: false, title: '项目a-1', hoursTenths: 100, department: '心内科' });
    const on9 = itemsOn('2025-12-09').find((item) => item.entryId === 'a-1');
    expect(on9).toMatchObject({ dueBy: '2025-12-08', daysLeft: 0, overdue: true });
  });

  it('lists only the 用人单位 stage, overdue first, then by the last day', () => {
    expect(itemsOn('2025-12-09').map((item) => [item.entryId, item.dueBy, item.overdue])).toEqual([
      ['b-1', '2025-12-01', true],
      ['a-1', '2025-12-08', true],
      ['b-2', '2025-12-12', false],
    ]);
  });

  it('marks a limit counted over a year without the official schedule', () => {
    const [item] = itemsOn('2027-01-07', [2027]);
    expect(item).toMatchObject({ entryId: 'd-1', calendarEstimated: true, overdue: false });
  });

  it('shows the unit\'s own decision, after those still waiting, and never against another declaration', () => {
    const items = itemsOn('2025-12-09', [2025], [
      { personId: 'b', entryId: 'b-1', declaredOn: '2025-11-24', decision: 'returned', decidedOn: '2025-12-09', reason: '证书不清晰' },
      { personId: 'a', entryId: 'a-1', declaredOn: '2025-10-01', decision: 'approved', decidedOn: '2025-10-02' },
    ]);
    expect(items.map((item) => [item.entryId, item.decision?.decision])).toEqual([
      ['a-1', undefined],
      ['b-2', undefined],
      ['b-1', 'returned'],
    ]);
  });

  it('nothing waits where nothing is declared', () => expect(awaitingReviews([], PEOPLE)).toEqual([]));
});
