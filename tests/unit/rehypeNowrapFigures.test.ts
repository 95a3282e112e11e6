import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeNowrapFigures, splitFigures } from '../../src/markdown/rehypeNowrapFigures';

/** The splits as strings: a wrapped figure is shown as [figure]. */
const shown = (value: string) =>
  splitFigures(value)
    .map((node) => (node.type === 'text' ? node.value : `[${((node as Element).children[0] as { value: string }).value}]`))
    .join('');

describe('splitFigures keeps dates and 学时 figures whole', () => {
  it.each([
    ['每年不少于90学时，其中公需科目30 学时', '每年不少于[90学时]，其中公需科目[30 学时]'],
    ['最迟于2025年12月31日前完成', '最迟于[2025年12月31日]前完成'],
    ['2025年6月印发', '[2025年6月]印发'],
    ['完成日期 2025-03-01 至 2025-03-05', '完成日期 [2025-03-01] 至 [2025-03-05]'],
    ['12.5 学时', '[12.5 学时]'],
    ['公需科目 ≥ 30 学时', '公需科目 [≥ 30 学时]'],
    ['没有数字的句子', '没有数字的句子'],
    ['5个工作日', '5个工作日'],
  ])('%s', (input, expected) => {
    expect(shown(input)).toBe(expected);
  });

  it('never adds or loses a character', () => {
    const text = '2025年度：应于2025年12月31日前学满90学时（公需30学时）。';
    const joined = splitFigures(text)
      .map((node) => (node.type === 'text' ? node.value : ((node as Element).children[0] as { value: string }).value))
      .join('');
    expect(joined).toBe(text);
  });
});

describe('rehypeNowrapFigures', () => {
  it('wraps figures in prose but leaves code alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '共90学时' }] },
        { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: '90学时' }] },
      ],
    };
    rehypeNowrapFigures()(tree);
    const [p, code] = tree.children as Element[];
    expect(p?.children).toEqual([
      { type: 'text', value: '共' },
      { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: '90学时' }] },
    ]);
    expect(code?.children).toEqual([{ type: 'text', value: '90学时' }]);
  });
});
