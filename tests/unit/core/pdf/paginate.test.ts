import { describe, expect, it } from 'vitest';
import { paginate, PAGE, type DrawOp, type Measure } from '../../../../src/core/pdf/paginate';
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
