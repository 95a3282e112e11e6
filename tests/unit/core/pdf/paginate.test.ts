import { describe, expect, it } from 'vitest';
import { KEEP_ROWS_WITH_END, paginate, PAGE, type DrawOp, type Measure } from '../../../../src/core/pdf/paginate';
import { entriesFor, summaryFor } from '../../../helpers/summaryFixtures';

/** A stand-in for font metrics: CJK characters one em wide, others half. */
const measure: Measure = (text, size) => [...text].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.5), 0) * size * 0.3528;
const texts = (page: DrawOp[]) => page.filter((op): op is Extract<DrawOp, { kind: 'text' }> => op.kind === 'text').map((op) => op.text);

describe('paginate', () => {
  it('puts a short log on as few pages as needed, numbered on every page', () => {
    const pages = paginate(summaryFor(entriesFor(3)), { measure });
    pages.forEach((page, index) => expect(texts(page)).toContain(`第 ${index + 1} 页 / 共 ${pages.length} 页`));
    expect(texts(pages[0] ?? [])).toContain('2025年度继续教育学时自查申报汇总表');
  });

  it('repeats the table header on each page a table continues onto, marked （续）', () => {
    const pages = paginate(summaryFor(entriesFor(200)), { measure });
    expect(pages.length).toBeGreaterThan(3);
    const continued = pages.slice(1).filter((page) => texts(page).some((text) => text.endsWith('（续）')));
    expect(continued.length).toBeGreaterThan(1);
    for (const page of continued) expect(texts(page)).toContain('项目名称');
  });

  it('keeps every drawing inside the page and the text above the footer', () => {
    const pages = paginate(summaryFor(entriesFor(120)), { measure });
    for (const page of pages) {
      for (const op of page) {
        if (op.kind === 'text') {
          expect(op.y).toBeGreaterThanOrEqual(PAGE.top - 0.01);
          expect(op.y).toBeLessThan(PAGE.height - 5);
        }
        if (op.kind === 'rect') expect(op.y + op.h).toBeLessThanOrEqual(PAGE.height - PAGE.bottom + 0.01);
      }
    }
  });

  it('keeps the pledge, signature and review box on one page, after the tables', () => {
    const pages = paginate(summaryFor(entriesFor(40)), { measure });
    const withPledge = pages.findIndex((page) => texts(page).includes('本人承诺以上内容真实有效。'));
    const withBox = pages.findIndex((page) => texts(page).includes('用人单位审核意见：'));
    expect(withPledge).toBe(withBox);
    expect(withBox).toBe(pages.length - 1);
  });

  /** The page of the review box, and the last group's entry titles on that page (in table order). */
  function signaturePage(count: number, measureWith: Measure = measure) {
    const model = summaryFor(entriesFor(count));
    const pages = paginate(model, { measure: measureWith });
    const index = pages.findIndex((page) => texts(page).includes('用人单位审核意见：'));
    const lastRows = model.groups.at(-1)?.rows ?? [];
    // A wrapped title is drawn line after line: the page's text holds it whole.
    const onPage = texts(pages[index] ?? []).join('');
    return { pages, index, lastRows, rowsWithBox: lastRows.filter((row) => onPage.includes(row.title)) };
  }

  it.each([3, 200, 10_000])('keeps the signature block with the last rows of the table: %i entries', (count) => {
    const { pages, index, lastRows, rowsWithBox } = signaturePage(count);
    expect(index).toBe(pages.length - 1);
    // The block shares its page with the table's last row, and one before it.
    expect(rowsWithBox.at(-1)).toBe(lastRows.at(-1));
    expect(rowsWithBox.length).toBeGreaterThanOrEqual(Math.min(KEEP_ROWS_WITH_END, lastRows.length));
  }, 60_000);

  it('moves the last rows to the next page with the block, never the block alone, whatever the length of the year', () => {
    let moved = 0;
    for (let count = 1; count <= 150; count += 1) {
      const { pages, index, lastRows, rowsWithBox } = signaturePage(count);
      const table = pages[index]?.some((op) => op.kind === 'text' && op.text === '项目名称');
      expect(table, `${count} entries: the table is on the block's page`).toBe(true);
      expect(rowsWithBox.at(-1), `${count} entries`).toBe(lastRows.at(-1));
      expect(rowsWithBox.length, `${count} entries`).toBeGreaterThanOrEqual(Math.min(KEEP_ROWS_WITH_END, lastRows.length));
      if (rowsWithBox.length === KEEP_ROWS_WITH_END && rowsWithBox.length < lastRows.length) moved += 1;
    }
    // Some of these lengths leave no room for the block below the table: the rule did move rows.
    expect(moved).toBeGreaterThan(0);
  }, 60_000);

  it('keeps a year with no entries of the last kind together with its block: header, （无记录） and subtotal', () => {
    for (let count = 1; count <= 60; count += 1) {
      const entries = entriesFor(count).filter((entry) => entry.kind === 'public');
      const pages = paginate(summaryFor(entries), { measure });
      const index = pages.findIndex((page) => texts(page).includes('用人单位审核意见：'));
      expect(texts(pages[index] ?? []), `${count} entries`).toContain('（无记录）');
    }
  });

  it('lays evidence out one or two to a page, scaled to fit and captioned', () => {
    const images = [
      { id: 'a', caption: '凭证：甲', width: 4000, height: 3000 },
      { id: 'b', caption: '凭证：乙', width: 1000, height: 3000 },
      { id: 'c', caption: '凭证：丙', width: 800, height: 600 },
    ];
    const one = paginate(summaryFor(entriesFor(3)), { measure, images, evidencePerPage: 1 });
    const two = paginate(summaryFor(entriesFor(3)), { measure, images, evidencePerPage: 2 });
    const base = paginate(summaryFor(entriesFor(3)), { measure }).length;
    expect(one.length).toBe(base + 3);
    expect(two.length).toBe(base + 2);
    for (const page of [...one, ...two]) {
      for (const op of page) {
        if (op.kind !== 'image') continue;
        expect(op.x).toBeGreaterThanOrEqual(PAGE.left - 0.01);
        expect(op.x + op.w).toBeLessThanOrEqual(PAGE.width - PAGE.right + 0.01);
        expect(op.y + op.h).toBeLessThanOrEqual(PAGE.height - PAGE.bottom + 0.01);
      }
    }
    const wide = one.flat().find((op) => op.kind === 'image' && op.id === 'a');
    expect(wide && wide.kind === 'image' && Math.abs(wide.w / wide.h - 4 / 3)).toBeLessThan(0.01);
  });
});
