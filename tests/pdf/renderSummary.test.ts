import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSummaryPdf, UNPLACEABLE_TEXT } from '../../src/pdf/renderSummary';
import { entriesFor, FONT, summaryFor } from '../helpers/summaryFixtures';

const work = mkdtempSync(join(tmpdir(), 'xueshibu-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Reads the PDF back with poppler's pdftotext, page by page (apt-get install poppler-utils). */
function readPdf(bytes: Uint8Array, name: string): string[] {
  const file = join(work, name);
  writeFileSync(file, bytes);
  // -raw keeps the drawing order, so a wrapped cell reads back as one run of text.
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
}

const compact = (text: string) => text.replace(/\s+/g, '');

describe('the summary PDF, read back with pdftotext', () => {
  const entries = entriesFor(6);
  const model = summaryFor(entries);
  const bytes = renderSummaryPdf(model, { font: FONT });
  const pages = readPdf(bytes, 'six.pdf');
  const all = compact(pages.join(''));

  it('holds the title, the name, every entry title, the subtotals and the page number in Chinese', () => {
    expect(all).toContain('2025年度继续教育学时自查申报汇总表');
    expect(all).toContain('姓名：王喆');
    expect(all).toContain('工作单位：郑州市第一人民医院');
    for (const entry of entries) expect(all).toContain(compact(entry.title).slice(0, 12));
    expect(all).toContain('公需科目小计：2项，共5学时');
    expect(all).toContain('专业科目小计：4项，共10学时');
    expect(all).toContain(`第1页/共${pages.length}页`);
    expect(all).toContain('本人承诺以上内容真实有效');
    expect(all).toContain('用人单位审核意见');
    expect(all).toContain('学时以河南省专业技术人员公共服务平台审核结果为准');
  });

  it('wraps a long title inside its cell instead of dropping or overflowing it', () => {
    expect(all).toContain(compact('医学影像新技术与人工智能辅助诊断高级研修班（第二期）——理论授课、病例讨论与上机实践'));
  });

  it('leaves a line to fill by hand for a missing profile field', () => {
    expect(all).toContain('专业技术职务/职称：主治医师');
    expect(all).toMatch(/专业：(?!科目)/);
  });

  it('contains no JavaScript and no automatic actions', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    for (const key of ['/JavaScript', '/JS ', '/JS(', '/AA', '/OpenAction', '/Launch']) expect(raw).not.toContain(key);
  });

  it('stays small: under 300 KB without evidence', () => {
    expect(bytes.byteLength).toBeLessThan(300 * 1024);
  });
});

describe('a 200-entry log', () => {
  const model = summaryFor(entriesFor(200));
  const bytes = renderSummaryPdf(model, { font: FONT });
  const pages = readPdf(bytes, 'two-hundred.pdf');

  it('runs over several pages, each numbered “第 x 页 / 共 y 页”', () => {
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, index) => expect(compact(page)).toContain(`第${index + 1}页/共${pages.length}页`));
  });

  it('repeats the table header on every page that continues a table', () => {
    const tablePages = pages.filter((page) => compact(page).includes('课程第'));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) expect(compact(page)).toContain('起止日期项目名称学习方式机构学时申报日期审核情况');
    expect(pages.slice(1).some((page) => compact(page).includes('（续）'))).toBe(true);
  });

  it('lists all 200 entries exactly once', () => {
    const all = compact(pages.join(''));
    for (let index = 1; index <= 200; index += 1) {
      if (index === 2) continue; // the long title
      expect(all.split(`课程第${index}讲`).length - 1, `entry ${index}`).toBe(1);
    }
  });

  it('stays under 300 KB', () => {
    expect(bytes.byteLength).toBeLessThan(300 * 1024);
  });
});

describe('evidence the PDF cannot place', () => {
  it('is named in the PDF and reported, and the rest of the PDF is still made', () => {
    const model = summaryFor(entriesFor(2));
    const skipped: string[] = [];
    const bytes = renderSummaryPdf(model, {
      font: FONT,
      images: [
        // A PNG cut off after its signature: jsPDF cannot read it.
        { id: 'bad-png', caption: '证书甲（截断）.png', width: 100, height: 80, data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), format: 'PNG' },
        // What makeSummaryPdf passes for an image createImageBitmap could not decode.
        { id: 'undecodable', caption: '证书乙.gif', width: 4, height: 1, data: new Uint8Array(0), format: 'PNG' },
      ],
      onSkipped: (caption) => skipped.push(caption),
    });
    const all = compact(readPdf(bytes, 'skipped.pdf').join(''));
    expect(skipped).toEqual(['证书甲（截断）.png', '证书乙.gif']);
    expect(all).toContain(compact('证书甲（截断）.png'));
    expect(all).toContain(compact(UNPLACEABLE_TEXT).slice(0, 14));
    expect(all).toContain('本人承诺以上内容真实有效');
  });
});
