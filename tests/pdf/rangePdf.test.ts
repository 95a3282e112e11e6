import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { RangeSummaryView } from '../../src/islands/RangeSummaryView';
import { renderRangePdf } from '../../src/pdf/renderSummary';
import { FONT } from '../helpers/summaryFixtures';
import { rangeEntries, rangeSummaryFor } from '../helpers/rangeFixtures';

const work = mkdtempSync(join(tmpdir(), 'xueshibu-range-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const compact = (text: string) => text.replace(/\s+/g, '');

describe('the multi-year record PDF read back with pdftotext', () => {
  const years = [2023, 2024, 2025, 2026];
  const entries = rangeEntries(years, 40);
  const model = rangeSummaryFor(entries, years);
  const bytes = renderRangePdf(model, { font: FONT });
  const file = join(work, 'range.pdf');
  writeFileSync(file, bytes);
  const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  const pageText = (page: number) => compact(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }));
  const pages = Array.from({ length: pageCount }, (_, index) => pageText(index + 1));
  const text = pages.join('');

  it('holds the title, every year\'s totals and rule, and every entry title', () => {
    expect(text).toContain('2023—2026年度继续教育学时自查申报汇总表');
    for (const row of model.overviewRows) expect(text).toContain(compact(Object.values(row).join(' ')));
    for (const year of model.years) {
      expect(text).toContain(`${year.year}年度学时完成情况（单位：学时）`);
      for (const row of year.requirementRows) expect(text).toContain(compact(Object.values(row).join(' ')));
    }
    for (const entry of entries) expect(text).toContain(entry.title);
    expect(text).toContain('按2025年通知推定，以当年通知为准');
    expect(text).toContain('用人单位审核意见');
  });

  it('numbers every page and repeats the entry table header on each page with entries', () => {
    expect(pageCount).toBeGreaterThan(4);
    pages.forEach((page, index) => {
      expect(page).toContain(`第${index + 1}页/共${pageCount}页`);
      if (/年(专业|公需)课程第/.test(page)) expect(page).toContain('起止日期项目名称学习方式机构学时申报日期审核情况');
    });
    expect(pages[0]).toContain('第1页');
  });

  it('stays small without evidence', () => {
    expect(bytes.byteLength).toBeLessThan(400 * 1024);
  });
});

describe('the multi-year print view', () => {
  it('shows what the PDF shows: every overview row, note, year section and entry', () => {
    const years = [2024, 2025, 2026];
    const entries = rangeEntries(years, 5);
    const model = rangeSummaryFor(entries, years);
    const html = compact(renderToString(h(RangeSummaryView, { model })).replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'));
    expect(html).toContain(compact(model.title));
    for (const row of model.overviewRows) expect(html).toContain(compact(Object.values(row).join('')));
    for (const note of model.overviewNotes) expect(html).toContain(compact(note));
    for (const year of model.years) expect(html).toContain(`${year.year}年度学习记录明细`);
    for (const entry of entries) expect(html).toContain(entry.title);
    expect(html).toContain('用人单位审核意见');
  });
});

describe('the multi-year record with a year this device holds no record of (issue 22)', () => {
  // A newcomer at the end of 2026: 2025 is closed and empty here; 2024 rests on the national rule at 35 + 55.
  const entries = [
    ...rangeEntries([2024], 2).map((entry, index) => ({ ...entry, hoursTenths: index === 0 ? 350 : 550 })),
    ...rangeEntries([2026], 2),
  ];
  const years = [2024, 2025, 2026];
  const model = rangeSummaryFor(entries, years, '2026-12-31');
  const file = join(work, 'range-empty-year.pdf');
  writeFileSync(file, renderRangePdf(model, { font: FONT }));
  const pdf = compact(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  const printView = compact(renderToString(h(RangeSummaryView, { model })).replace(/<[^>]+>/g, ''));

  it.each([
    ['PDF', pdf],
    ['print view', printView],
  ])('%s: 无记录 for 2025 with the years named, never 未达标', (_name, text) => {
    expect(text).toContain('2025年度：依据2025年河南省继续教育通知。'.replace(/\s+/g, ''));
    expect(text).toContain('本机没有2025年度的记录（无记录）；这些年度的学时以平台记录为准。');
    // The empty year's own table claims no shortfall: the platform may hold its hours.
    const total = model.years.find((year) => year.year === 2025)?.requirementRows.at(-1);
    expect(total?.shortfall).toBe('—');
    expect(text).toContain(compact(total ? Object.values(total).join('') : '-'));
    expect(text).not.toContain('未达标');
  });
});
