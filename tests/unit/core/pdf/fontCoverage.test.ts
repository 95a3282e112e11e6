import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGlyfTrueType, readCmapCodePoints, substituteUnprintable, unprintableCharacters } from '../../../../src/core/pdf/fontCoverage';
import { missingRequiredCharacters, parseCharacterList } from '../../../../src/core/pdf/fontCharset';
import { ROOT } from '../../../helpers/content';
import { FONT } from '../../../helpers/summaryFixtures';

const covered = readCmapCodePoints(FONT);

describe('the PDF font', () => {
  it('is glyf TrueType, which jsPDF needs', () => {
    expect(isGlyfTrueType(FONT)).toBe(true);
    expect(isGlyfTrueType(new TextEncoder().encode('OTTO'))).toBe(false);
    expect(isGlyfTrueType(new TextEncoder().encode('wOFF'))).toBe(false);
  });

  it('covers all 8105 characters of 通用规范汉字表, GB2312 and ASCII', () => {
    const listed = parseCharacterList(readFileSync(join(ROOT, 'assets', 'fonts', 'tgh-8105.txt'), 'utf8'));
    expect(listed).toHaveLength(8105);
    expect(missingRequiredCharacters(covered, listed)).toEqual([]);
    const decoder = new TextDecoder('gbk');
    let gb2312 = 0;
    for (let high = 0xb0; high <= 0xf7; high += 1) {
      for (let low = 0xa1; low <= 0xfe; low += 1) {
        const char = decoder.decode(new Uint8Array([high, low]));
        // Unassigned GB2312 positions decode to private-use characters; only the hanzi count.
        if (/^[\u4e00-\u9fff]$/.test(char)) {
          gb2312 += 1;
          expect(covered.has(char.codePointAt(0) ?? 0), char).toBe(true);
        }
      }
    }
    expect(gb2312).toBeGreaterThanOrEqual(6763);
  });

  it.each([
    ['王喆', []],
    ['河南省人民医院（2025）', []],
    ['𠮷野家', ['𠮷']],
    // 龍 is traditional, outside both GB2312 and 通用规范汉字表.
    ['昇龍 ☃ 😀', ['龍', '☃', '😀']],
    ['第一行\n第二行\t完', []],
  ])('%j cannot print %j', (text, missing) => {
    expect(unprintableCharacters(text, covered)).toEqual(missing);
  });

  it('substitutes a visible □ for what cannot print, keeping everything else', () => {
    expect(substituteUnprintable('𠮷野家😀', covered)).toBe('□野家□');
    expect(covered.has('□'.codePointAt(0) ?? 0)).toBe(true);
  });

  it('refuses to read what is not a TrueType font', () => {
    expect(() => readCmapCodePoints(new TextEncoder().encode('%PDF-1.3'))).toThrow('not a glyf TrueType font');
  });
});
