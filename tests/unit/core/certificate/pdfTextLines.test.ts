import { describe, expect, it } from 'vitest';
import { textLines, type TextPiece } from '../../../../src/core/certificate/pdfTextLines';

/** A piece of text at (x, y), 12 units tall, one unit of width per 12 units of size per character. */
const piece = (text: string, x: number, y: number, width = text.length * 12, size = 12): TextPiece => ({ text, x, y, width, size });

describe('a PDF page’s text pieces as the lines a person reads', () => {
  it.each<[string, TextPiece[], string[]]>([
    ['one line given in shuffled order', [piece('培训', 124, 700), piece('学时证明', 100 - 48, 700), piece('项目', 100, 700)].reverse(), ['学时证明项目培训']],
    ['two lines, top first whatever the order given', [piece('学时：24', 100, 660), piece('项目名称：公需科目', 100, 700)], ['项目名称：公需科目', '学时：24']],
    ['pieces on nearly the same baseline (less than a third of the size apart) share a line', [piece('学时：', 100, 700), piece('24', 136, 697)], ['学时：24']],
    ['pieces half a line apart are two lines', [piece('学时：', 100, 700), piece('24', 136, 693)], ['学时：', '24']],
    ['a gap wider than half a character is a space', [piece('证书编号', 100, 700), piece('HN2026-0305', 160, 700)], ['证书编号 HN2026-0305']],
    ['a gap under half a character is no space', [piece('证书编号', 100, 700), piece('HN2026', 153, 700)], ['证书编号HN2026']],
    ['adjacent Chinese pieces are joined without a space', [piece('河南省', 100, 700), piece('专业技术人员', 136, 700), piece('继续教育', 208, 700)], ['河南省专业技术人员继续教育']],
    ['overlapping pieces are joined without a space', [piece('结业', 100, 700), piece('证书', 118, 700)], ['结业证书']],
    ['empty and blank pieces are ignored', [piece('', 50, 700), piece('结业证书', 100, 700), piece('   ', 200, 700), piece('', 100, 600)], ['结业证书']],
    ['pieces with no usable position are ignored', [piece('结业证书', 100, 700), piece('错位', Number.NaN, 700), piece('错位', 100, Number.NaN), piece('错位', Number.POSITIVE_INFINITY, 650)], ['结业证书']],
    ['leading and trailing spaces of a line are dropped', [piece(' 学时：24 ', 100, 700)], ['学时：24']],
    ['a piece with no size still lines up', [piece('学时', 100, 700, 24, 0), piece('24', 140, 700, 12, 0)], ['学时 24']],
    ['no pieces: no lines', [], []],
  ])('%s', (_name, pieces, lines) => {
    expect(textLines(pieces)).toEqual(lines);
  });

  it('a two-column certificate reads each row left to right', () => {
    const pieces = [piece('学时：24', 320, 660), piece('姓名：张三', 100, 700), piece('项目：公需科目', 100, 660), piece('编号：0305', 320, 700)];
    expect(textLines(pieces)).toEqual(['姓名：张三 编号：0305', '项目：公需科目 学时：24']);
  });

  it('leaves the pieces it was given in their order', () => {
    const pieces = [piece('乙', 200, 700), piece('甲', 100, 700)];
    textLines(pieces);
    expect(pieces.map((p) => p.text)).toEqual(['乙', '甲']);
  });
});
