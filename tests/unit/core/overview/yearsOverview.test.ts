import { describe, expect, it } from 'vitest';
import { yearMenu } from '../../../../src/core/overview/yearMenu';
import { checkYearRange, FIRST_YEAR, MAX_RANGE_YEARS } from '../../../../src/core/overview/yearRange';
import { loggedTenths, overviewYears, yearsOverview, type OverviewYear } from '../../../../src/core/overview/yearsOverview';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import type { Entry } from '../../../../src/core/schemas/entry';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';
import { logged } from '../../../helpers/yearScenarios';

const AS_OF = '2026-11-27';

/** Each year's report from that year's entries only, as the app computes it from the year index. */
function yearsOf(entries: readonly Entry[], years: readonly number[]): OverviewYear[] {
  return years.map((year) => {
    const own = entries.filter((entry) => entry.endDate.startsWith(`${year}-`));
    return { report: evaluateYear(resolveRule(year, RULE_SETS), own, { asOf: AS_OF, calendar: CALENDAR }), entries: own };
  });
}

const approved = (kind: 'public' | 'professional', hoursTenths: number, date: string, title?: string) =>
  logged({ kind, hoursTenths, startDate: date, endDate: date, status: 'approved', declaredOn: date, employerApprovedOn: date, approvedOn: date, ...(title ? { title } : {}) });

interface Case {
  name: string;
  entries: Entry[];
  years: number[];
  expected: {
    year: number;
    basisLabel: string;
    statusLabel: string;
    /** credited / required text per part; null required where the rule sets none. */
    public: [string, string | null];
    professional: [string, string | null];
    total: [string, string | null];
    logged: number;
    crossYear: number;
  }[];
}

const crossing = logged({ kind: 'professional', hoursTenths: 200, title: '跨年研修班', startDate: '2024-12-20', endDate: '2025-01-10' });

const CASES: Case[] = [
  {
    name: 'an empty year in the middle of a range is a row of zeros',
    entries: [approved('professional', 600, '2023-05-01'), approved('public', 300, '2025-05-01'), approved('professional', 600, '2025-06-01')],
    years: [2023, 2024, 2025],
    expected: [
      { year: 2025, basisLabel: '2025年通知', statusLabel: '已达标', public: ['30 学时', '30 学时'], professional: ['60 学时', '60 学时'], total: ['90 学时', '90 学时'], logged: 900, crossYear: 0 },
      { year: 2024, basisLabel: '国家规定', statusLabel: '无记录', public: ['0 学时', null], professional: ['0 学时', '60 学时'], total: ['0 学时', '90 学时'], logged: 0, crossYear: 0 },
      { year: 2023, basisLabel: '国家规定', statusLabel: '未达标', public: ['0 学时', null], professional: ['60 学时', '60 学时'], total: ['60 学时', '90 学时'], logged: 600, crossYear: 0 },
    ],
  },
  {
    name: 'a cross-year entry counts in the year it ends and is noted in both rows',
    entries: [crossing],
    years: [2024, 2025],
    expected: [
      { year: 2025, basisLabel: '2025年通知', statusLabel: '未达标', public: ['0 学时', '30 学时'], professional: ['0 学时', '60 学时'], total: ['0 学时', '90 学时'], logged: 200, crossYear: 1 },
      { year: 2024, basisLabel: '国家规定', statusLabel: '无记录', public: ['0 学时', null], professional: ['0 学时', '60 学时'], total: ['0 学时', '90 学时'], logged: 0, crossYear: 1 },
    ],
  },
  {
    name: 'a year with only returned entries credits nothing and logs them as returned',
    entries: [
      logged({ kind: 'public', hoursTenths: 120, startDate: '2026-03-01', endDate: '2026-03-01', status: 'returned', declaredOn: '2026-04-01', returnedOn: '2026-04-03', returnedBy: 'employer', returnReason: '证书不清晰' }),
    ],
    years: [2026],
    expected: [{ year: 2026, basisLabel: '按2025年通知推定', statusLabel: '进行中', public: ['0 学时', '30 学时'], professional: ['0 学时', '60 学时'], total: ['0 学时', '90 学时'], logged: 120, crossYear: 0 }],
  },
];

describe('yearsOverview', () => {
  it.each(CASES.map((item) => [item.name, item] as const))('%s', (_name, item) => {
    const rows = yearsOverview(yearsOf(item.entries, item.years));
    expect(
      rows.map((row) => ({
        year: row.year,
        basisLabel: row.basisLabel,
        statusLabel: row.statusLabel,
        public: [row.cells.public.credited, row.cells.public.required],
        professional: [row.cells.professional.credited, row.cells.professional.required],
        total: [row.cells.total.credited, row.cells.total.required],
        logged: row.loggedTenths,
        crossYear: row.crossYearNotes.length,
      })),
    ).toEqual(item.expected);
  });

  it('notes a cross-year entry in the same words in both years, naming the year it counts in', () => {
    const [y2025, y2024] = yearsOverview(yearsOf([crossing], [2024, 2025]));
    expect(y2024?.crossYearNotes).toEqual(y2025?.crossYearNotes);
    expect(y2024?.crossYearNotes[0]).toContain('“跨年研修班”跨年度进行，本站按完成日期计入2025年度');
  });

  it('shows the returned hours in the breakdown of a year with only returned entries', () => {
    const [row] = yearsOverview(yearsOf(CASES[2]?.entries ?? [], [2026]));
    expect(row?.cells.total.breakdown).toBe('已计入 0 学时 · 被退回 12 学时 · 还需学习 78 学时');
  });

  it('counts late declarations among the logged hours', () => {
    const late = logged({ kind: 'public', hoursTenths: 50, startDate: '2025-03-01', endDate: '2025-03-01', status: 'approved', declaredOn: '2026-01-05', approvedOn: '2026-01-06' });
    const [year] = yearsOf([late], [2025]);
    expect(year && loggedTenths(year.report)).toBe(50);
  });
});

describe('overviewYears', () => {
  it.each([
    { recorded: [], notices: [2025], today: 2026, expected: [2026, 2025] },
    { recorded: [2021, 2026], notices: [2025], today: 2026, expected: [2026, 2025, 2024, 2023, 2022, 2021] },
    { recorded: [2027], notices: [2025], today: 2026, expected: [2027, 2026, 2025] },
  ])('$recorded with notices $notices in $today → $expected', ({ recorded, notices, today, expected }) => {
    expect(overviewYears(recorded, notices, today)).toEqual(expected);
  });
});

describe('yearMenu', () => {
  it('offers every year from 2015 to this year, newest first', () => {
    const menu = yearMenu(2026);
    expect(menu[0]).toBe(2026);
    expect(menu.at(-1)).toBe(FIRST_YEAR);
    expect(menu).toHaveLength(2026 - FIRST_YEAR + 1);
  });

  it('keeps a recorded year outside that span', () => {
    expect(yearMenu(2026, [2010, 2030]).filter((year) => year === 2010 || year === 2030)).toEqual([2030, 2010]);
  });
});

describe('checkYearRange', () => {
  it.each([
    { start: 2021, end: 2025, expected: { ok: true, start: 2021, end: 2025, years: [2021, 2022, 2023, 2024, 2025] } },
    { start: 2025, end: 2025, expected: { ok: true, start: 2025, end: 2025, years: [2025] } },
    { start: 2026, end: 2023, expected: { ok: false, field: 'start', problem: 'startAfterEnd' } },
    { start: 2014, end: 2020, expected: { ok: false, field: 'start', problem: 'beforeFirstYear' } },
    { start: 2015, end: 2014, expected: { ok: false, field: 'end', problem: 'beforeFirstYear' } },
    { start: 2015, end: 2015 + MAX_RANGE_YEARS, expected: { ok: false, field: 'end', problem: 'tooLong' } },
    { start: Number.NaN, end: 2020, expected: { ok: false, field: 'start', problem: 'notAYear' } },
    { start: 2020, end: 2020.5, expected: { ok: false, field: 'end', problem: 'notAYear' } },
  ])('$start–$end', ({ start, end, expected }) => {
    expect(checkYearRange(start, end)).toEqual(expected);
  });

  it('accepts exactly twenty years', () => {
    expect(checkYearRange(2015, 2015 + MAX_RANGE_YEARS - 1).ok).toBe(true);
  });
});
