import { evaluateYear } from '../../src/core/rules/evaluateYear';
import type { YearReport, YearStatus } from '../../src/core/rules/report';
import { resolveRule } from '../../src/core/rules/resolveRule';
import { entrySchema, type Entry, type EntryInput } from '../../src/core/schemas/entry';
import { CALENDAR, RULE_SETS } from './engine';

let counter = 0;

/** A valid entry (checked by the schema), 2025 unless dated otherwise. */
export function logged(overrides: Partial<EntryInput> & Pick<EntryInput, 'kind' | 'hoursTenths'>): Entry {
  counter += 1;
  const base: EntryInput = {
    id: `s${String(counter).padStart(4, '0')}`,
    title: `课程${counter}`,
    way: overrides.kind === 'public' ? 'inPerson' : 'training',
    startDate: '2025-03-02',
    endDate: '2025-03-02',
    recording: 'declare',
    status: 'notDeclared',
    ...overrides,
  };
  return entrySchema.parse(base);
}

const platform = (hoursTenths: number, endDate = '2025-03-02') =>
  logged({ kind: 'public', way: 'onlineStudy', recording: 'platform', hoursTenths, startDate: endDate, endDate });
const approved = (kind: 'public' | 'professional', hoursTenths: number, declaredOn = '2025-05-10') =>
  logged({ kind, hoursTenths, status: 'approved', declaredOn, employerApprovedOn: declaredOn, approvedOn: declaredOn });
const declared = (kind: 'public' | 'professional', hoursTenths: number, declaredOn = '2025-11-24') => logged({ kind, hoursTenths, status: 'declared', declaredOn });
const returned = (kind: 'public' | 'professional', hoursTenths: number) =>
  logged({ kind, hoursTenths, status: 'returned', declaredOn: '2025-09-01', returnedOn: '2025-09-03', returnedBy: 'employer', returnReason: '证书照片不清晰' });
const undeclared = (kind: 'public' | 'professional', hoursTenths: number) => logged({ kind, hoursTenths });

export interface YearScenario {
  name: string;
  year: number;
  asOf: string;
  entries: Entry[];
  status: YearStatus;
  /** Total figures in tenths: credited, pending, to declare, returned, late, to study. */
  total: [number, number, number, number, number, number];
  headline: string;
}

/** The year scenarios every output is checked against. */
export const YEAR_SCENARIOS: YearScenario[] = [
  {
    name: 'all credited, with surplus 公需',
    year: 2025,
    asOf: '2025-11-27',
    entries: [platform(400), approved('professional', 600)],
    status: 'met',
    total: [1000, 0, 0, 0, 0, 0],
    headline: '已达标：已计入 100 学时。',
  },
  {
    name: 'exactly 30 公需 and 60 专业',
    year: 2025,
    asOf: '2025-11-27',
    entries: [approved('public', 300), approved('professional', 600)],
    status: 'met',
    total: [900, 0, 0, 0, 0, 0],
    headline: '已达标：已计入 90 学时。',
  },
  {
    name: 'pending only',
    year: 2025,
    asOf: '2025-11-27',
    entries: [declared('public', 300), logged({ kind: 'professional', hoursTenths: 600, status: 'employerApproved', declaredOn: '2025-11-20', employerApprovedOn: '2025-11-24' })],
    status: 'metPendingReview',
    total: [0, 900, 0, 0, 0, 0],
    headline: '已计入 0 学时，另有 90 学时审核中，审核通过后即达标。',
  },
  {
    name: 'not declared only',
    year: 2025,
    asOf: '2025-11-27',
    entries: [undeclared('public', 300), undeclared('professional', 600)],
    status: 'onTrack',
    total: [0, 0, 900, 0, 0, 0],
    headline: '要求的学时都已记录；另有 90 学时待申报。',
  },
  {
    name: 'returned, then declared again',
    year: 2025,
    asOf: '2025-11-27',
    entries: [
      platform(300),
      logged({
        kind: 'professional',
        hoursTenths: 600,
        status: 'declared',
        declaredOn: '2025-11-25',
        previousRounds: [{ declaredOn: '2025-09-01', returnedOn: '2025-09-03', returnedBy: 'authority', reason: '学时与证书不符' }],
      }),
    ],
    status: 'metPendingReview',
    total: [300, 600, 0, 0, 0, 0],
    headline: '已计入 30 学时，另有 60 学时审核中，审核通过后即达标。',
  },
  {
    name: 'declared after the deadline',
    year: 2025,
    asOf: '2026-01-10',
    entries: [platform(300), approved('professional', 600, '2026-01-05')],
    status: 'missed',
    // The year is over: nothing is left to study in it; the headline states what it lacked.
    total: [300, 0, 0, 0, 600, 0],
    headline: '未达标：申报截止日期已过，已计入 30 学时，要求 90 学时，差 60 学时；另有 60 学时逾期申报，本站不计入2025年度。',
  },
  {
    name: 'platform-recorded 线上 公需 only',
    year: 2025,
    asOf: '2025-11-27',
    entries: [platform(300)],
    status: 'onTrack',
    total: [300, 0, 0, 0, 0, 600],
    headline: '还需学习 60 学时（专业科目 60 学时）。',
  },
  {
    name: 'surplus 公需 with short 专业',
    year: 2025,
    asOf: '2025-11-27',
    entries: [platform(900), approved('professional', 300)],
    status: 'onTrack',
    total: [1200, 0, 0, 0, 0, 300],
    headline: '还需学习 30 学时（专业科目 30 学时）。',
  },
  {
    name: 'the four states at once',
    year: 2025,
    asOf: '2025-11-27',
    entries: [platform(300), declared('professional', 240), undeclared('professional', 115), returned('professional', 80)],
    status: 'onTrack',
    total: [300, 240, 115, 80, 0, 165],
    // Returned hours never count as covering the year: what is missing if they do not pass is said too.
    headline: '还需学习 16.5 学时（专业科目 16.5 学时）；若被退回的 8 学时不能通过，还需学习 24.5 学时；另有 11.5 学时待申报、24 学时审核中。',
  },
  {
    name: 'an assumed year (2026, no notice on the site)',
    year: 2026,
    asOf: '2026-11-28',
    entries: [platform(300, '2026-04-01'), logged({ kind: 'professional', hoursTenths: 400, startDate: '2026-05-01', endDate: '2026-05-01' })],
    status: 'onTrack',
    total: [300, 0, 400, 0, 0, 200],
    headline: '还需学习 20 学时（专业科目 20 学时）；另有 40 学时待申报。',
  },
  {
    name: 'a year before every notice (national rule)',
    year: 2024,
    asOf: '2026-11-28',
    entries: [logged({ kind: 'professional', hoursTenths: 900, startDate: '2024-06-01', endDate: '2024-06-01', status: 'approved', declaredOn: '2024-06-10', employerApprovedOn: '2024-06-11', approvedOn: '2024-06-12' })],
    status: 'met',
    total: [900, 0, 0, 0, 0, 0],
    headline: '已达标：已计入 90 学时。',
  },
  {
    name: 'a year before every notice, over and short (national rule: no deadline known)',
    year: 2023,
    asOf: '2026-11-28',
    entries: [
      logged({ kind: 'professional', hoursTenths: 500, startDate: '2023-06-01', endDate: '2023-06-01', status: 'approved', declaredOn: '2023-06-10', employerApprovedOn: '2023-06-11', approvedOn: '2023-06-12' }),
      logged({ kind: 'professional', hoursTenths: 400, startDate: '2023-09-01', endDate: '2023-09-01' }),
    ],
    status: 'missed',
    total: [500, 0, 400, 0, 0, 0],
    headline: '未达标：2023年度已结束，已计入 50 学时，要求 90 学时，差 40 学时；另有 40 学时待申报。',
  },
  {
    name: 'today after the deadline, hours left undeclared',
    year: 2025,
    asOf: '2026-01-05',
    entries: [platform(300), declared('professional', 300, '2025-12-29'), undeclared('professional', 300)],
    status: 'missed',
    // The year is over: nothing is left to study in it; the 30 never declared do not count (the site's reading).
    total: [300, 300, 300, 0, 0, 0],
    headline: '未达标：申报截止日期已过，已计入 30 学时，要求 90 学时，差 60 学时；另有 30 学时审核中，以审核结果为准；未申报的 30 学时本站不计入2025年度（本站理解）。',
  },
  {
    name: 'nothing logged',
    year: 2025,
    asOf: '2025-11-27',
    entries: [],
    status: 'onTrack',
    total: [0, 0, 0, 0, 0, 900],
    headline: '还需学习 90 学时（公需科目 30 学时、专业科目 60 学时）。',
  },
  {
    name: 'a national-rule year at 公需 35 + 专业 55: met on the 90 total (two thirds is a general ratio)',
    year: 2024,
    asOf: '2026-12-31',
    entries: [
      logged({ kind: 'public', way: 'onlineStudy', recording: 'platform', hoursTenths: 350, startDate: '2024-04-01', endDate: '2024-04-01' }),
      logged({ kind: 'professional', hoursTenths: 550, startDate: '2024-06-01', endDate: '2024-06-01', status: 'approved', declaredOn: '2024-06-10', employerApprovedOn: '2024-06-11', approvedOn: '2024-06-12' }),
    ],
    status: 'met',
    total: [900, 0, 0, 0, 0, 0],
    headline: '已达标：已计入 90 学时。',
  },
  {
    name: 'a closed year with no records here (无记录, never 未达标)',
    year: 2025,
    asOf: '2026-12-31',
    entries: [],
    status: 'noRecords',
    total: [0, 0, 0, 0, 0, 0],
    headline: '无记录：本机没有2025年度的记录，该年度的学时以平台记录为准。',
  },
  {
    name: 'a closed year short of the requirement: facts, no advice to study',
    year: 2025,
    asOf: '2026-12-31',
    entries: [platform(300), approved('professional', 240)],
    status: 'missed',
    total: [540, 0, 0, 0, 0, 0],
    headline: '未达标：申报截止日期已过，已计入 54 学时，要求 90 学时，差 36 学时。',
  },
  {
    name: 'returned hours covering the gap: never said to be recorded',
    year: 2025,
    asOf: '2025-11-27',
    entries: [platform(300), approved('professional', 440), returned('professional', 160)],
    status: 'onTrack',
    total: [740, 0, 0, 160, 0, 0],
    headline: '若被退回的 16 学时不能通过，还需学习 16 学时。',
  },
];

export function reportOf(scenario: YearScenario): YearReport {
  return evaluateYear(resolveRule(scenario.year, RULE_SETS), scenario.entries, { asOf: scenario.asOf, calendar: CALENDAR });
}
