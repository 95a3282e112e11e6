import { describe, expect, it } from 'vitest';
import { normaliseLine, normaliseLines, readDigits } from '../../../../src/core/certificate/normalizeOcrText';

describe('normaliseLine', () => {
  it.each([
    ['培 训 项 目 ： 人工智能', '培训项目:人工智能'],
    ['２０２６年３月５日', '2026年3月5日'],
    ['共 计 2 4 学 时', '共计24学时'],
    ['2O26年度公需科目', '2026年度公需科目'],
    ['共计l2学时', '共计12学时'],
    ['安全生产管理培训 学时:8', '安全生产管理培训 学时:8'],
    ['姓名：张三　身份证号：410102', '姓名:张三 身份证号:410102'],
    ['No. 20260520-018', 'No. 20260520-018'],
    ['HNlO2026', 'HNlO2026'],
    ['  学时 ： 24  ', '学时:24'],
  ])('%s → %s', (line, expected) => expect(normaliseLine(line)).toBe(expected));
});

describe('normaliseLines', () => {
  const labels = ['培训项目', '学时'];

  it('joins a label alone on its line to the value on the next', () => {
    expect(normaliseLines('培训项目\n人工智能\n学时：\n24', labels)).toEqual(['培训项目:人工智能', '学时:24']);
  });

  it('does not join two labels that follow each other', () => {
    expect(normaliseLines('培训项目\n学时\n24', labels)).toEqual(['培训项目', '学时:24']);
  });

  it('drops blank lines and reads every kind of line break', () => {
    expect(normaliseLines('证书\r\n\r\n学时:8\r结业', labels)).toEqual(['证书', '学时:8', '结业']);
  });
});

describe('readDigits', () => {
  it.each([
    ['2O26', '2026'],
    ['l2', '12'],
    ['I6', '16'],
    ['|0', '10'],
    ['OIl', null],
    ['', null],
  ])('%s → %s', (run, expected) => expect(readDigits(run)).toBe(expected));
});
