import { createWorkingCalendar } from '../../src/core/calendar/workingCalendar';
import { evaluateYear } from '../../src/core/rules/evaluateYear';
import { resolveRule } from '../../src/core/rules/resolveRule';
import type { CalendarYear } from '../../src/core/schemas/calendarYear';
import type { Entry } from '../../src/core/schemas/entry';
import type { RuleSet } from '../../src/core/schemas/ruleSet';
import { createDatabase } from '../../src/db/database';
import { entriesOfYear } from '../../src/db/entries';
import { addEntries, updateEntry } from '../../src/db/entryWrites';
import { readLogState } from '../../src/db/logState';
import { buildSummary } from '../../src/core/pdf/summaryModel';
import { renderSummaryPdf } from '../../src/pdf/renderSummary';

import { h, render } from 'preact';
import { yearsOverview } from '../../src/core/overview/yearsOverview';
import { buildRangeSummary } from '../../src/core/pdf/rangeSummaryModel';
import { renderRangePdf } from '../../src/pdf/renderSummary';
import { entriesOfYears } from '../../src/db/yearEntries';
import { yearReports as reportsOf } from '../../src/core/overview/yearReports';
import { OverviewTable } from '../../src/islands/years/OverviewTable';
import { readBackup } from '../../src/core/backup/readBackup';
import { writeBackup } from '../../src/core/backup/writeBackup';
import { applyBackup, snapshotForBackup } from '../../src/db/backup';

let font: Uint8Array | undefined;
let lastBackup: Uint8Array | undefined;

/** Runs in Chromium: each function returns the milliseconds of the timed part only. */
const api = {
  async bulkInsert(entries: Entry[]): Promise<number> {
    const db = createDatabase({ name: 'bench' });
    await db.delete();
    await db.open();
    const start = performance.now();
    await addEntries(db, entries);
    const elapsed = performance.now() - start;
    db.close();
    return elapsed;
  },
  async readAndEvaluate(year: number, rules: RuleSet[], calendars: CalendarYear[]): Promise<number> {
    const db = createDatabase({ name: 'bench' });
    const calendar = createWorkingCalendar(calendars);
    const rule = resolveRule(year, rules);
    const start = performance.now();
    const entries = await entriesOfYear(db, year);
    evaluateYear(rule, entries, { asOf: `${year}-11-27`, calendar });
    const elapsed = performance.now() - start;
    db.close();
    return elapsed;
  },
  /** Exports the bench database (10,000 entries after bulkInsert) to a backup zip; returns [ms, bytes]. */
  async exportBackup(): Promise<[number, number]> {
    const db = createDatabase({ name: 'bench' });
    const start = performance.now();
    const backup = await snapshotForBackup(db, { exportedAt: '2025-11-27T08:00:00.000Z', appVersion: 'bench' });
    lastBackup = writeBackup(backup);
    const elapsed = performance.now() - start;
    db.close();
    return [elapsed, lastBackup.byteLength];
  },
  /** Checks the last export and restores it into an empty database; returns ms. */
  async importBackup(): Promise<number> {
    if (!lastBackup) throw new Error('exportBackup first');
    const db = createDatabase({ name: 'bench-restore' });
    await db.delete();
    await db.open();
    const start = performance.now();
    const result = readBackup(lastBackup);
    if (!result.ok) throw new Error(result.message);
    await applyBackup(db, result.backup, 'replace');
    const elapsed = performance.now() - start;
    db.close();
    return elapsed;
  },
  /**
   * At the log's limit: MAX_ENTRIES entries all in one year (the worst case for
   * one year's view). Returns [first render's data: read the page's state and
   * evaluate the year, one save: write one edit and read and evaluate again,
   * check + replace-restore the whole log from its backup] in milliseconds.
   */
  async atLimit(entries: Entry[], year: number, rules: RuleSet[], calendars: CalendarYear[]): Promise<[number, number, number]> {
    const db = createDatabase({ name: 'bench-limit' });
    await db.delete();
    await db.open();
    await addEntries(db, entries);
    const calendar = createWorkingCalendar(calendars);
    const rule = resolveRule(year, rules);
    const render = async () => evaluateYear(rule, (await readLogState(db, year)).entries, { asOf: `${year}-11-27`, calendar });
    let start = performance.now();
    await render();
    const firstRender = performance.now() - start;
    const first = entries[0];
    if (!first) throw new Error('no entries');
    start = performance.now();
    await updateEntry(db, { ...first, title: `${first.title}（改）` });
    await render();
    const save = performance.now() - start;
    const zip = writeBackup(await snapshotForBackup(db, { exportedAt: '2025-11-27T08:00:00.000Z', appVersion: 'bench' }));
    start = performance.now();
    const result = readBackup(zip);
    if (!result.ok) throw new Error(result.message);
    await applyBackup(db, result.backup, 'replace');
    const restore = performance.now() - start;
    db.close();
    return [firstRender, save, restore];
  },
  setFont(bytes: number[]): void {
    font = new Uint8Array(bytes);
  },
  /** Renders the summary of `entries` to PDF; returns [milliseconds, bytes]. */
  pdf(entries: Entry[], year: number, rules: RuleSet[], calendars: CalendarYear[]): [number, number] {
    if (!font) throw new Error('setFont first');
    const calendar = createWorkingCalendar(calendars);
    const report = evaluateYear(resolveRule(year, rules), entries, { asOf: `${year}-11-27`, calendar });
    const model = buildSummary({ report, entries, profile: { name: '王喆', employer: '郑州市第一人民医院' }, generatedOn: `${year}-11-27` });
    const start = performance.now();
    const bytes = renderSummaryPdf(model, { font });
    return [performance.now() - start, bytes.byteLength];
  },
  /** Fills a fresh database with `entries` (several years) for the overview benchmark. */
  async fillYears(entries: Entry[]): Promise<void> {
    const db = createDatabase({ name: 'bench-years' });
    await db.delete();
    await db.open();
    await addEntries(db, entries);
    db.close();
  },
  /**
   * The 历年概览 as the app makes it: one index query per year, each year's
   * report computed once, the overview rows, and the table rendered and laid out.
   */
  async overview(years: number[], rules: RuleSet[], calendars: CalendarYear[]): Promise<[number, number]> {
    const db = createDatabase({ name: 'bench-years' });
    await db.open();
    const calendar = createWorkingCalendar(calendars);
    const container = document.createElement('div');
    document.body.append(container);
    const start = performance.now();
    const entries = await entriesOfYears(db, years);
    const rows = yearsOverview(reportsOf([...years].reverse(), entries, rules, '2026-11-27', calendar));
    render(h(OverviewTable, { rows, currentYear: years.at(-1) ?? 0, onOpenYear: () => undefined }), container);
    const height = container.offsetHeight;
    const elapsed = performance.now() - start;
    render(null, container);
    container.remove();
    db.close();
    return [elapsed, height > 0 ? rows.length : 0];
  },
  /** The multi-year record of `entries` to PDF (model and rendering); returns [milliseconds, bytes]. */
  rangePdf(entries: Entry[], years: number[], rules: RuleSet[], calendars: CalendarYear[]): [number, number] {
    if (!font) throw new Error('setFont first');
    const calendar = createWorkingCalendar(calendars);
    const byYear = new Map(years.map((year) => [year, entries.filter((entry) => entry.endDate.startsWith(`${year}-`))]));
    const start = performance.now();
    const model = buildRangeSummary({ years: reportsOf(years, byYear, rules, '2026-11-27', calendar), profile: { name: '王喆', employer: '郑州市第一人民医院' }, generatedOn: '2026-11-27' });
    const bytes = renderRangePdf(model, { font });
    return [performance.now() - start, bytes.byteLength];
  },
  evaluateOnly(entries: Entry[], year: number, rules: RuleSet[], calendars: CalendarYear[]): number {
    const calendar = createWorkingCalendar(calendars);
    const rule = resolveRule(year, rules);
    const start = performance.now();
    evaluateYear(rule, entries, { asOf: `${year}-11-27`, calendar });
    return performance.now() - start;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset['ready'] = 'true';
