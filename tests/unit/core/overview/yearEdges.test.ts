import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/core/csv/csv';
import { rangeEntriesToCsv } from '../../../../src/core/csv/rangeCsv';
import { yearsOverview } from '../../../../src/core/overview/yearsOverview';
import { buildRangeSummary, noRecordsNote } from '../../../../src/core/pdf/rangeSummaryModel';
import { buildSummary } from '../../../../src/core/pdf/summaryModel';
import { GENERAL_RATIO, NO_RECORDS_TEXT, ruleBasisText, tallyBreakdown, tallyVerdict, YEAR_STATUS_LABELS, yearHeadline } from '../../../../src/core/rules/describe';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';
import { reportOf, YEAR_SCENARIOS } from '../../../helpers/yearScenarios';

const scenario = (start: string) => {
  const found = YEAR_SCENARIOS.find((item) => item.name.startsWith(start));
  if (found === undefined) throw new Error(`no scenario ${start}`);
  return found;
};

const NATIONAL = scenario('a national-rule year at 公需 35');
const EMPTY = scenario('a closed year with no records');
const CLOSED = scenario('a closed year short');
const RETURNED = scenario('returned hours covering the gap');

/** The overview row of a scenario's year, as the 历年概览 shows it. */
const rowOf = (item: typeof NATIONAL) => {
  const [row] = yearsOverview([{ report: reportOf(item), entries: item.entries }]);
  if (row === undefined) throw new Error('no row');
  return row;
};

describe('the overview row at the year\'s edges', () => {
  it.each([
    [NATIONAL, '已达标', null, '已达标'],
    [EMPTY, '无记录', NO_RECORDS_TEXT, '无记录'],
    [CLOSED, '未达标', null, '差 36 学时'],
    [RETURNED, '进行中', null, '若被退回的 16 学时不能通过，还需学习 16 学时'],
  ] as const)('%#: %s', (item, statusLabel, statusNote, totalVerdict) => {
    const row = rowOf(item);
    expect(row.statusLabel).toBe(statusLabel);
    expect(row.statusNote).toBe(statusNote);
    expect(row.cells.total.verdict).toBe(totalVerdict);
    // A closed year shows nothing still to study.
    if (reportOf(item).closed) expect(row.cells.total.breakdown).not.toContain('还需学习');
  });

  it('a national-rule year short of two thirds but at 90 is met; the two thirds is shown as the general ratio', () => {
    const report = reportOf(NATIONAL);
    expect(report.professional.generalRatio).toBe(true);
    expect(report.professional.remainingTenths).toBe(50);
    expect(tallyVerdict(report.professional, report.closed)).toBe(GENERAL_RATIO);
    expect(tallyBreakdown(report.professional)).not.toContain('还需学习');
    expect(rowOf(NATIONAL).statusLabel).not.toBe(YEAR_STATUS_LABELS.missed);
    expect(rowOf(NATIONAL).cells.professional).toMatchObject({ generalRatio: true, required: '60 学时', verdict: GENERAL_RATIO });
    expect(rowOf(CLOSED).cells.professional.generalRatio).toBe(false);
    expect(ruleBasisText(report)).toContain('专业科目一般不少于总学时的三分之二');
    expect(ruleBasisText(report)).toContain('（本站理解）');
  });

  it('a national-rule year short of 90 is still 未达标, and a notice year still holds 专业 to its own minimum', () => {
    const short = evaluateYear(resolveRule(2024, RULE_SETS), NATIONAL.entries.slice(1), { asOf: '2026-12-31', calendar: CALENDAR });
    expect(short.status).toBe('missed');
    expect(yearHeadline(short)).toBe('未达标：2024年度已结束，已计入 55 学时，要求 90 学时，差 35 学时。');
    const notice = reportOf(CLOSED);
    expect(notice.professional.generalRatio).toBe(false);
  });

  it('a 2015 year says the national rule applies from 2015-10-01; other years do not', () => {
    const report = evaluateYear(resolveRule(2015, RULE_SETS), [], { asOf: '2026-12-31', calendar: CALENDAR });
    expect(ruleBasisText(report)).toContain('该规定自2015年10月1日起施行');
    expect(ruleBasisText(reportOf(NATIONAL))).not.toContain('施行');
  });

  it('a closed year states what happened in figures, with no status word or advice, in the yearly summary too', () => {
    const report = reportOf(CLOSED);
    const model = buildSummary({ report, entries: CLOSED.entries, profile: {}, generatedOn: CLOSED.asOf });
    expect(model.requirementRows.at(-1)).toMatchObject({ required: '90', credited: '54', shortfall: '36' });
    expect(JSON.stringify(model)).not.toMatch(/未达标|还需学习|尽快|补学/);
  });

  it('returned hours are never said to cover the year', () => {
    const headline = yearHeadline(reportOf(RETURNED));
    expect(headline).not.toMatch(/都已记录|已达标/);
    expect(headline).toContain('若被退回的 16 学时不能通过，还需学习 16 学时');
  });
});

describe('the range record names the years with no records here', () => {
  const years = [
    { report: evaluateYear(resolveRule(2024, RULE_SETS), NATIONAL.entries, { asOf: '2026-12-31', calendar: CALENDAR }), entries: NATIONAL.entries },
    { report: reportOf(EMPTY), entries: [] },
  ];

  it('in the PDF and print view model: 无记录 in the row, and a note naming the years', () => {
    const model = buildRangeSummary({ years, profile: {}, generatedOn: '2026-12-31' });
    expect(model.overviewRows.map((row) => [row.year, row.status])).toEqual([
      ['2024', '已达标'],
      ['2025', '无记录'],
    ]);
    expect(model.overviewNotes).toContain('本机没有2025年度的记录（无记录）；这些年度的学时以平台记录为准。');
    expect(JSON.stringify(model)).not.toContain('未达标');
  });

  it('names no year when every year has records', () => expect(noRecordsNote([])).toBeNull());

  it('in the CSV: one 无记录 row for the empty year', () => {
    const parsed = parseCsv(rangeEntriesToCsv(years.map(({ report, entries }) => ({ year: report.year, entries }))));
    if (!parsed.ok) throw new Error(parsed.message);
    const [, ...rows] = parsed.rows;
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ['2024', NATIONAL.entries[0]?.title],
      ['2024', NATIONAL.entries[1]?.title],
      ['2025', `无记录（${NO_RECORDS_TEXT}）`],
    ]);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });
});
