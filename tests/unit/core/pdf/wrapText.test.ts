import { describe, expect, it } from 'vitest';
import { wrapText, type Measure } from '../../../../src/core/pdf/wrapText';

/** A stand-in for font metrics: CJK characters and full-width marks one em wide, others half. */
const measure: Measure = (text, size) => [...text].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.5), 0) * size * 0.3528;
/** A line width of exactly `ems` Chinese characters at 10 pt. */
const ems = (count: number) => count * 10 * 0.3528 + 0.001;
const wrap = (text: string, count: number) => wrapText(text, ems(count), 10, measure);

const CLOSING = [...'、，。；：）」』》！？'];
const OPENING = [...'（「『《'];

describe('wrapText: Chinese line-breaking rules', () => {
  it.each([
    // [what, text, line width in characters, lines]
    ['a comma never starts a line: the character before it comes down with it', '用人单位已通过，行业主管部门审核中', 7, ['用人单位已通', '过，行业主管部', '门审核中']],
    ['a full stop never starts a line', '甲乙丙丁。戊', 4, ['甲乙丙', '丁。戊']],
    ['two closing marks in a row stay together with the character before them', '甲乙丙（丁）。戊', 6, ['甲乙丙', '（丁）。戊']],
    ['an opening bracket never ends a line: it goes down with what follows', '甲乙丙丁《戊己》', 5, ['甲乙丙丁', '《戊己》']],
    ['a short bracketed citation moves down whole', '以当年通知为准（2025年通知二（三））', 12, ['以当年通知为准', '（2025年通知二（三））']],
    ['a document number in brackets is not split', '依据（豫人社办〔2025〕12号）执行', 12, ['依据', '（豫人社办〔2025〕12号）', '执行']],
    ['a date is one word', '完成于2025-01-01', 6, ['完成于', '2025-01-01']],
    ['plain Chinese breaks between any two characters', '甲乙丙丁戊己', 4, ['甲乙丙丁', '戊己']],
  ])('%s', (_what, text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });

  it('never starts a line with a closing mark nor ends one with an opening mark, at any width', () => {
    const text = '2025年度的学习和学时申报最迟应于2025年12月31日完成。（2025年通知二（三））用人单位已通过，行业主管部门审核中；《职业道德》、「安全」与『规范』！是否合格？';
    for (let width = 4; width <= 40; width += 1) {
      const lines = wrap(text, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(CLOSING).not.toContain([...line][0]);
        expect(OPENING).not.toContain([...line].at(-1));
        expect(measure(line, 10)).toBeLessThanOrEqual(ems(width));
      }
    }
  });

  it('breaks inside a bracket only when it is wider than a whole line, and loses nothing', () => {
    const text = '（医学影像新技术与人工智能辅助诊断高级研修班）';
    const lines = wrap(text, 6);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, 10)).toBeLessThanOrEqual(ems(6));
  });

  it('keeps a character wider than the column on a line of its own rather than losing it', () => {
    expect(wrapText('喆喆', 1, 9, measure)).toEqual(['喆', '喆']);
  });

  it('honours line breaks in the text', () => {
    expect(wrap('甲\n乙', 10)).toEqual(['甲', '乙']);
  });
});
