import { describe, expect, it } from 'vitest';
import { rangeEntriesToCsv } from '../../../../src/core/csv/rangeCsv';
import { parseCsv } from '../../../../src/core/csv/csv';
import { PAGE, type DrawOp, type Measure } from '../../../../src/core/pdf/paginate';
import { paginateRange } from '../../../../src/core/pdf/paginateRange';
import { NO_FIGURE } from '../../../../src/core/pdf/rangeSummaryModel';
import { logged } from '../../../helpers/yearScenarios';
import { rangeEntries, rangeSummaryFor } from '../../../helpers/rangeFixtures';

const measure: Measure = (text, size) => [...text].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.5), 0) * size * 0.3528;
const texts = (page: DrawOp[]) => page.filter((op): op is Extract<DrawOp, { kind: 'text' }> => op.kind === 'text').map((op) => op.text);

describe('buildRangeSummary', () => {
  const years = [2023, 2024, 2025, 2026];
  const model = rangeSummaryFor(rangeEntries(years, 6), years);

  it('has one overview row per year, oldest first, naming the rule each year rests on', () => {
    expect(model.title).toBe('2023—2026年度继续教育学时自查申报汇总表');
    expect(model.overviewRows.map((row) => [row.year, row.basis])).toEqual([
      ['2023', '国家规定'],
      ['2024', '国家规定'],
      ['2025', '2025年通知'],
      ['2026', '按2025年通知推定'],
    ]);
  });

  it('names its PDF by the range, the person and the day it was made', () => {
    const model = rangeSummaryFor(rangeEntries([2023, 2024], 2), [2023, 2024]);
    expect(model.fileName).toBe(`2023—2024年度继续教育学时自查申报汇总表-王喆-${model.generatedOn.replaceAll('-', '')}.pdf`);
  });

  it('never presents an assumed or national year as having its own notice', () => {
    const notes = model.overviewNotes.join('\n');
    expect(notes).toContain('2026年度：本站尚未收录2026年度的通知：按2025年通知推定，以当年通知为准。');
    expect(notes).toContain('2023年度：本站未收录2023年度的河南省通知：仅按国家规定');
    expect(notes).not.toMatch(/依据202[346]年/);
    expect(model.years.map((year) => year.notes[0])).toEqual(expect.arrayContaining([expect.stringContaining('按2025年通知推定')]));
  });

  it('shows credited against required, with no 公需 figure under the national rule', () => {
    // 6 entries a year: 2 公需 (5 学时), 4 专业 (10 学时), all credited.
    expect(model.overviewRows[0]).toMatchObject({ public: `5/${NO_FIGURE}`, professional: '10/一般 60', total: '15/90', status: '未达标' });
    expect(model.overviewRows[2]).toMatchObject({ public: '5/30', professional: '10/60', total: '15/90' });
  });

  it('notes an entry that runs across years in the overview', () => {
    const crossing = logged({ kind: 'professional', hoursTenths: 100, title: '跨年研修班', startDate: '2024-12-28', endDate: '2025-01-03' });
    const notes = rangeSummaryFor([crossing], [2024, 2025]).overviewNotes;
    expect(notes.filter((note) => note.includes('跨年研修班'))).toHaveLength(1);
  });
});

describe('paginateRange', () => {
  it('puts the overview first, then each year from a new page with its tables, then one signature block; every page numbered', () => {
    const years = [2021, 2022, 2023, 2024, 2025];
    const pages = paginateRange(rangeSummaryFor(rangeEntries(years, 100), years), measure);
    const all = pages.map(texts);
    all.forEach((page, index) => expect(page).toContain(`第 ${index + 1} 页 / 共 ${pages.length} 页`));
    expect(all[0]).toContain('历年学时完成情况（单位：学时）');
    expect(all[0]).toContain('2021—2025年度继续教育学时自查申报汇总表');
    for (const year of years) {
      const first = all.findIndex((page) => page.includes(`${year}年度学时完成情况（单位：学时）`));
      expect(first).toBeGreaterThan(0);
      expect(all[first]?.[0]).toBe(`${year}年度学时完成情况（单位：学时）`);
    }
    // Every page with entry rows carries the entry table's header.
    for (const page of all) if (page.some((text) => /年(专业|公需)课程第/.test(text))) expect(page).toContain('项目名称');
    const signature = all.findIndex((page) => page.includes('用人单位审核意见：'));
    expect(signature).toBe(pages.length - 1);
    expect(all.filter((page) => page.includes('本人承诺以上内容真实有效。'))).toHaveLength(1);
  });

  it('keeps the signature block on the page of the last year’s last rows, at any length', () => {
    let moved = 0;
    for (let count = 30; count <= 70; count += 1) {
      const model = rangeSummaryFor(rangeEntries([2024, 2025], count), [2024, 2025]);
      const pages = paginateRange(model, measure);
      const lastRows = model.years.at(-1)?.groups.at(-1)?.rows ?? [];
      const page = texts(pages.at(-1) ?? []);
      expect(page, `${count} entries a year`).toContain('用人单位审核意见：');
      const withBox = lastRows.filter((row) => page.join('').includes(row.title));
      expect(withBox.at(-1), `${count} entries a year`).toBe(lastRows.at(-1));
      expect(withBox.length, `${count} entries a year`).toBeGreaterThanOrEqual(Math.min(2, lastRows.length));
      if (withBox.length === 2 && lastRows.length > 2) moved += 1;
    }
    expect(moved).toBeGreaterThan(0);
  }, 60_000);

  it('keeps every drawing inside the page', () => {
    const pages = paginateRange(rangeSummaryFor(rangeEntries([2024, 2025], 60), [2024, 2025]), measure);
    for (const page of pages) for (const op of page) if (op.kind === 'rect') expect(op.y + op.h).toBeLessThanOrEqual(PAGE.height - PAGE.bottom + 0.01);
  });
});

describe('rangeEntriesToCsv', () => {
  it('writes one row per entry with a 年度 column, years in order', () => {
    const entries = rangeEntries([2024, 2023], 2);
    const csv = rangeEntriesToCsv([
      { year: 2024, entries: entries.filter((entry) => entry.endDate.startsWith('2024')) },
      { year: 2023, entries: entries.filter((entry) => entry.endDate.startsWith('2023')) },
    ]);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows;
    expect(header?.[0]).toBe('年度');
    expect(header?.[1]).toBe('项目名称');
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ['2023', '2023年公需课程第1讲'],
      ['2023', '2023年专业课程第2讲'],
      ['2024', '2024年公需课程第1讲'],
      ['2024', '2024年专业课程第2讲'],
    ]);
  });
});
