import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, summaryFileName } from '../../../../src/core/pdf/summaryFileName';

const TITLE = '2026年度继续教育学时自查申报汇总表';
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('summaryFileName', () => {
  it.each([
    ['the title, the name and the day it was made', '张晓燕', `${TITLE}-张晓燕-20261208.pdf`],
    ['no name: no dangling hyphen', undefined, `${TITLE}-20261208.pdf`],
    ['a blank name counts as none', '   ', `${TITLE}-20261208.pdf`],
    ['slashes and the other characters file systems refuse are dropped', 'A/B\\C:D*E?F"G<H>I|J', `${TITLE}-ABCDEFGHIJ-20261208.pdf`],
    ['control and text-direction characters are dropped', '张\u0000晓\u202e燕\n', `${TITLE}-张晓燕-20261208.pdf`],
    ['spaces are collapsed and trimmed, dots at the ends removed', '  Li   Wei. ', `${TITLE}-Li Wei-20261208.pdf`],
    ['a name of nothing but unsafe characters counts as none', '<>|', `${TITLE}-20261208.pdf`],
  ])('%s', (_what, name, expected) => {
    expect(summaryFileName(TITLE, name, '2026-12-08')).toBe(expected);
  });

  it('a range of years keeps its own title', () => {
    expect(summaryFileName('2021—2025年度继续教育学时自查申报汇总表', '王喆', '2026-01-02')).toBe('2021—2025年度继续教育学时自查申报汇总表-王喆-20260102.pdf');
  });

  it.each([
    ['Chinese', '张'.repeat(120)],
    ['four-byte characters', '𠮷'.repeat(80)],
    ['Latin', 'x'.repeat(300)],
  ])('shortens a very long %s name to keep the whole name within the limit, whole characters only', (_what, name) => {
    const fileName = summaryFileName(TITLE, name, '2026-12-08');
    expect(bytes(fileName)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(fileName.startsWith(`${TITLE}-${name.slice(0, 4)}`)).toBe(true);
    expect(fileName.endsWith('-20261208.pdf')).toBe(true);
    // No character cut in half: the name part is made of whole characters of the original.
    const part = fileName.slice(TITLE.length + 1, -'-20261208.pdf'.length);
    expect(name.startsWith(part)).toBe(true);
    expect(part).not.toContain('\ufffd');
  });
});
