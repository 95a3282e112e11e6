import type { WorkingCalendar } from '../calendar/workingCalendar';
import { countedYear } from '../entries/countedYear';
import { yearReports } from '../overview/yearReports';
import type { Tally, YearReport, YearStatus } from '../rules/report';
import type { Entry } from '../schemas/entry';
import type { RuleSet } from '../schemas/ruleSet';
import type { KnownPerson } from './people';

/** A person of the unit's ledger with their entries (of every year the ledger holds). */
export interface UnitPerson extends KnownPerson {
  /** 职称, as their file gave it. */
  title?: string | undefined;
  entries: readonly Entry[];
}

/**
 * One person in one year, as the 人员 table shows it. Every figure is the
 * person's own year report (the one the /log/ dashboard shows), never counted
 * again here: `report` is that report, and the rest are read from it.
 */
export interface UnitRow {
  personId: string;
  name: string;
  department: string;
  title: string;
  staffNumber: string;
  year: number;
  status: YearStatus;
  /** 公需 / 专业 / 合计: 已计入 (creditedTenths) against the requirement (requiredTenths), and the rest of the tally. */
  public: Tally;
  professional: Tally;
  total: Tally;
  /** 审核中, 待申报, 被退回 over both kinds. */
  pendingTenths: number;
  notDeclaredTenths: number;
  returnedTenths: number;
  /** Declarations waiting for the 用人单位, and how many of them are past its limit. */
  awaitingEmployer: number;
  overdueEmployer: number;
  report: YearReport;
}

/** The rows of `people` for each of `years` (person by person, years in the order given), through the same year reports as the years overview. */
export function unitRows(people: readonly UnitPerson[], years: readonly number[], ruleSets: readonly RuleSet[], today: string, calendar: WorkingCalendar): UnitRow[] {
  return people.flatMap((person) => {
    const byYear = new Map<number, Entry[]>();
    for (const entry of person.entries) {
      const year = countedYear(entry);
      const list = byYear.get(year);
      if (list === undefined) byYear.set(year, [entry]);
      else list.push(entry);
    }
    return yearReports(years, byYear, ruleSets, today, calendar).map(({ report }) => rowOf(person, report));
  });
}

function rowOf(person: UnitPerson, report: YearReport): UnitRow {
  const employer = report.pendingReviews.filter((review) => review.stage === 'employer');
  return {
    personId: person.personId,
    name: person.name,
    department: person.department?.trim() ?? '',
    title: person.title?.trim() ?? '',
    staffNumber: person.staffNumber?.trim() ?? '',
    year: report.year,
    status: report.status,
    public: report.public,
    professional: report.professional,
    total: report.total,
    pendingTenths: report.total.pendingTenths,
    notDeclaredTenths: report.total.notDeclaredTenths,
    returnedTenths: report.total.returnedTenths,
    awaitingEmployer: employer.length,
    overdueEmployer: employer.filter((review) => review.overdue).length,
    report,
  };
}

/** The table's filters: a status (the year report's own), or a declaration waiting for the 用人单位. */
export const UNIT_FILTERS = ['all', 'missed', 'atRisk', 'awaitingEmployer', 'met'] as const;
export type UnitFilter = (typeof UNIT_FILTERS)[number];

/** The rows a filter keeps, in their order. 未达标 and 已达标 are the report's statuses of those names. */
export function filterRows(rows: readonly UnitRow[], filter: UnitFilter): UnitRow[] {
  switch (filter) {
    case 'all':
      return [...rows];
    case 'awaitingEmployer':
      return rows.filter((row) => row.awaitingEmployer > 0);
    default:
      return rows.filter((row) => row.status === filter);
  }
}

/** Text as searched: NFKC, no whitespace, lower case. */
function searchable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** The rows whose name, 科室, 职称 or 工号 contains the query (blank: all). */
export function searchRows(rows: readonly UnitRow[], query: string): UnitRow[] {
  const wanted = searchable(query);
  if (wanted === '') return [...rows];
  return rows.filter((row) => [row.name, row.department, row.title, row.staffNumber].some((field) => searchable(field).includes(wanted)));
}

export const UNIT_SORT_KEYS = ['name', 'department', 'status', 'credited', 'toStudy', 'awaitingEmployer'] as const;
export type UnitSortKey = (typeof UNIT_SORT_KEYS)[number];

/** The statuses from the one needing most attention to the least. */
export const STATUS_URGENCY: readonly YearStatus[] = ['missed', 'atRisk', 'onTrack', 'metPendingReview', 'met', 'noRecords'];

const collator = new Intl.Collator('zh-CN');

const SORTS: Record<UnitSortKey, (a: UnitRow, b: UnitRow) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  department: (a, b) => collator.compare(a.department, b.department),
  status: (a, b) => STATUS_URGENCY.indexOf(a.status) - STATUS_URGENCY.indexOf(b.status),
  credited: (a, b) => a.total.creditedTenths - b.total.creditedTenths,
  toStudy: (a, b) => a.total.remainingTenths - b.total.remainingTenths,
  awaitingEmployer: (a, b) => a.overdueEmployer - b.overdueEmployer || a.awaitingEmployer - b.awaitingEmployer,
};

/** The rows sorted by `key` (then name, year and person, so equal rows keep one order); `descending` reverses the key only. */
export function sortRows(rows: readonly UnitRow[], key: UnitSortKey, descending = false): UnitRow[] {
  const primary = SORTS[key];
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * primary(a, b) || collator.compare(a.name, b.name) || a.year - b.year || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

/** One 科室's subtotal ('' is the rows without a 科室). */
export interface DepartmentSubtotal {
  department: string;
  rows: number;
  byStatus: Record<YearStatus, number>;
  creditedTenths: number;
  pendingTenths: number;
  notDeclaredTenths: number;
  returnedTenths: number;
  awaitingEmployer: number;
  overdueEmployer: number;
}

/** Per-科室 subtotals of the rows, 科室 in collation order, those without one last. */
export function departmentSubtotals(rows: readonly UnitRow[]): DepartmentSubtotal[] {
  const byDepartment = new Map<string, DepartmentSubtotal>();
  for (const row of rows) {
    let sub = byDepartment.get(row.department);
    if (sub === undefined) {
      sub = {
        department: row.department,
        rows: 0,
        byStatus: { met: 0, metPendingReview: 0, onTrack: 0, atRisk: 0, missed: 0, noRecords: 0 },
        creditedTenths: 0,
        pendingTenths: 0,
        notDeclaredTenths: 0,
        returnedTenths: 0,
        awaitingEmployer: 0,
        overdueEmployer: 0,
      };
      byDepartment.set(row.department, sub);
    }
    sub.rows += 1;
    sub.byStatus[row.status] += 1;
    sub.creditedTenths += row.total.creditedTenths;
    sub.pendingTenths += row.pendingTenths;
    sub.notDeclaredTenths += row.notDeclaredTenths;
    sub.returnedTenths += row.returnedTenths;
    sub.awaitingEmployer += row.awaitingEmployer;
    sub.overdueEmployer += row.overdueEmployer;
  }
  return [...byDepartment.values()].sort((a, b) => (a.department === '') !== (b.department === '') ? (a.department === '' ? 1 : -1) : collator.compare(a.department, b.department));
}
