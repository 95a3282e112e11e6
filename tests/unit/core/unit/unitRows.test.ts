import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { countedYear } from '../../../../src/core/entries/countedYear';
import { departmentSubtotals, filterRows, searchRows, sortRows, unitRows, type UnitPerson } from '../../../../src/core/unit/unitRows';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';
import { mixedLog, unitEntry } from '../../../helpers/unitFixtures';

const YEARS = [2024, 2025, 2026, 2027];

const PEOPLE: UnitPerson[] = [
  { personId: 'a', name: '王喆', department: '心内科', staffNumber: 'A-1024', title: '主治医师', entries: mixedLog('a') },
  { personId: 'b', name: '李娜', department: '儿科', entries: [unitEntry('b-1', { status: 'approved', declaredOn: '2025-05-10', approvedOn: '2025-05-12', hoursTenths: 600 }), unitEntry('b-2', { kind: 'public', way: 'onlineStudy', recording: 'platform', status: 'notDeclared', declaredOn: undefined, hoursTenths: 300 })] },
  { personId: 'c', name: '张伟', department: '心内科', entries: [unitEntry('c-1', { declaredOn: '2025-12-01' })] },
  { personId: 'd', name: '阿依古丽', entries: [] },
];

/** What the person's own dashboard shows for a year: the report of that year's entries. */
function dashboard(entries: UnitPerson['entries'], year: number, today: string) {
  return evaluateYear(resolveRule(year, RULE_SETS), entries.filter((entry) => countedYear(entry) === year), { asOf: today, calendar: CALENDAR });
}

describe('unitRows: the same figures as each person\'s own dashboard', () => {
  it.each(['2025-06-15', '2025-12-05', '2025-12-09', '2026-01-10', '2027-03-01'])('on %s, for every person, year and state', (today) => {
    const rows = unitRows(PEOPLE, YEARS, RULE_SETS, today, CALENDAR);
    expect(rows).toHaveLength(PEOPLE.length * YEARS.length);
    for (const row of rows) {
      const person = PEOPLE.find((candidate) => candidate.personId === row.personId);
      const own = dashboard(person?.entries ?? [], row.year, today);
      expect(row.report).toEqual(own);
      expect([row.status, row.total, row.public, row.professional]).toEqual([own.status, own.total, own.public, own.professional]);
      expect([row.pendingTenths, row.notDeclaredTenths, row.returnedTenths]).toEqual([own.total.pendingTenths, own.total.notDeclaredTenths, own.total.returnedTenths]);
      // The whole log given at once (as the dashboard's engine allows) changes no figure.
      const whole = evaluateYear(resolveRule(row.year, RULE_SETS), person?.entries ?? [], { asOf: today, calendar: CALENDAR });
      expect(row.total).toEqual(whole.total);
    }
  });

  it('covers every state and an estimated year', () => {
    const rows = unitRows(PEOPLE, YEARS, RULE_SETS, '2025-12-05', CALENDAR);
    const a2025 = rows.find((row) => row.personId === 'a' && row.year === 2025);
    expect(a2025?.total.creditedTenths).toBeGreaterThan(0);
    expect(a2025?.pendingTenths).toBeGreaterThan(0);
    expect(a2025?.notDeclaredTenths).toBeGreaterThan(0);
    expect(a2025?.returnedTenths).toBeGreaterThan(0);
    const assumed = rows.find((row) => row.personId === 'a' && row.year === 2026);
    expect(assumed?.report.basis).toBe('assumed');
    expect(rows.find((row) => row.year === 2027)?.report.deadline?.calendarEstimated).toBe(true);
    expect(rows.find((row) => row.year === 2024)?.report.basis).toBe('national');
  });

  it('counts the declarations waiting for the 用人单位 and those past its limit', () => {
    const on = (today: string) => unitRows(PEOPLE, [2025], RULE_SETS, today, CALENDAR).find((row) => row.personId === 'c');
    expect([on('2025-12-08')?.awaitingEmployer, on('2025-12-08')?.overdueEmployer]).toEqual([1, 0]);
    expect([on('2025-12-09')?.awaitingEmployer, on('2025-12-09')?.overdueEmployer]).toEqual([1, 1]);
  });
});

describe('filters, search, sort and subtotals', () => {
  const rows = unitRows(PEOPLE, [2025], RULE_SETS, '2025-12-05', CALENDAR);
  const names = (list: typeof rows) => list.map((row) => row.name);

  it.each([
    ['all', ['王喆', '李娜', '张伟', '阿依古丽']],
    ['met', ['李娜']],
    ['atRisk', ['王喆', '张伟', '阿依古丽']],
    ['awaitingEmployer', ['王喆', '张伟']],
    ['missed', []],
  ] as const)('filter %s', (filter, expected) => expect(names(filterRows(rows, filter))).toEqual(expected));

  it('未达标 once the year is closed', () => {
    const closed = unitRows(PEOPLE, [2025], RULE_SETS, '2026-01-10', CALENDAR);
    expect(names(filterRows(closed, 'missed'))).toEqual(['王喆', '张伟']);
  });

  it.each([
    ['', 4],
    ['王', 1],
    ['心内', 2],
    ['a-1024', 1],
    ['Ａ－１０２４', 1],
    ['主治', 1],
    ['不存在', 0],
  ])('search %j', (query, count) => expect(searchRows(rows, query)).toHaveLength(count));

  it('sorts by name (pinyin), by status urgency, by credited hours, either way', () => {
    expect(names(sortRows(rows, 'name'))).toEqual(['阿依古丽', '李娜', '王喆', '张伟']);
    expect(names(sortRows(rows, 'status'))[3]).toBe('李娜');
    expect(names(sortRows(rows, 'credited', true))[0]).toBe('李娜');
    expect(names(sortRows(rows, 'department'))).toEqual(['阿依古丽', '李娜', '王喆', '张伟']);
    expect(sortRows(rows, 'name')).not.toBe(rows);
  });

  it('subtotals each 科室, those without one last', () => {
    const subs = departmentSubtotals(rows);
    expect(subs.map((sub) => [sub.department, sub.rows])).toEqual([
      ['儿科', 1],
      ['心内科', 2],
      ['', 1],
    ]);
    const heart = subs[1];
    const heartRows = rows.filter((row) => row.department === '心内科');
    expect(heart?.creditedTenths).toBe(heartRows.reduce((sum, row) => sum + row.total.creditedTenths, 0));
    expect(heart?.awaitingEmployer).toBe(2);
    expect(heart?.byStatus.atRisk).toBe(2);
  });
});
