import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { readAdvanceWidths } from '../../src/core/pdf/fontWidths';
import { narrowWidthTable, pdfTextMeasure } from '../../src/core/pdf/pdfTextMeasure';
import { FONT } from '../helpers/summaryFixtures';

describe('the print view measures text as the PDF does', () => {
  const { unitsPerEm, widths } = readAdvanceWidths(FONT);

  it('its table of narrow characters is the font’s, and every other character of the font is 1 em', () => {
    expect(unitsPerEm).toBe(1000);
    const fromFont = new Map([...widths].filter(([, width]) => width !== unitsPerEm));
    // On a mismatch (a new font): regenerate src/core/pdf/pdfFontWidths.ts from readAdvanceWidths.
    expect(new Map(narrowWidthTable())).toEqual(fromFont);
  });

  it.each([
    ['继续教育课程 12', 9],
    ['2025-03-01', 9],
    ['公需科目小计：3项，共12.5学时', 9],
    ['Excel “导入” (CSV); 50%', 10],
    ['第 1 页 / 共 12 页', 8],
    ['2026年度继续教育学时自查申报汇总表', 16],
    ['ｱｲｳ〮〯', 12],
  ])('“%s” at %i pt is as wide as jsPDF says', (text, size) => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    let binary = '';
    for (let index = 0; index < FONT.length; index += 0x8000) binary += String.fromCharCode(...FONT.subarray(index, index + 0x8000));
    doc.addFileToVFS('font.ttf', binary);
    doc.addFont('font.ttf', 'PdfFont', 'normal');
    doc.setFont('PdfFont', 'normal');
    doc.setFontSize(size);
    expect(pdfTextMeasure(text, size)).toBeCloseTo(doc.getTextWidth(text), 6);
  });
});
