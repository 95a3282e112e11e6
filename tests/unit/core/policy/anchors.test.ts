import { describe, expect, it } from 'vitest';
import {
  brokenPolicyLinks,
  duplicateIds,
  extractAnchorIds,
  findPolicyLinks,
  paragraphsWithoutAnchor,
  splitTrailingAnchor,
} from '../../../../src/core/policy/anchors';

describe('splitTrailingAnchor', () => {
  it.each([
    ['正文。 {#s2-1}', '正文。', 's2-1'],
    ['## 标题 {#s2}', '## 标题', 's2'],
    ['正文。{#a}  ', '正文。', 'a'],
    ['正文。', '正文。', undefined],
    ['{#S2} 大写无效', '{#S2} 大写无效', undefined],
    ['中间 {#s1} 不算', '中间 {#s1} 不算', undefined],
    ['数字开头 {#2a}', '数字开头 {#2a}', undefined],
  ])('%j', (input, text, id) => {
    expect(splitTrailingAnchor(input)).toEqual({ text, id });
  });
});

describe('anchors in a document', () => {
  const doc = '## 一 {#s1}\n\n第一段 {#s1-0}\n\n没有编号的段落\n\n第二段 {#s1-0}\n';

  it('lists ids in order, keeping repeats', () => {
    expect(extractAnchorIds(doc)).toEqual(['s1', 's1-0', 's1-0']);
    expect(duplicateIds(extractAnchorIds(doc))).toEqual(['s1-0']);
  });

  it('finds paragraphs without an id', () => {
    expect(paragraphsWithoutAnchor(doc)).toEqual(['没有编号的段落']);
  });
});

describe('policy links', () => {
  const anchors = new Map([[2025, new Set(['s2-0', 's2-3'])]]);

  it('finds links to notices with and without a fragment', () => {
    expect(findPolicyLinks('见[二](/policy/2025/#s2-0)与[全文](/policy/2025/)，[别处](/bases/)')).toEqual([
      { href: '/policy/2025/#s2-0', year: 2025, anchor: 's2-0' },
      { href: '/policy/2025/', year: 2025, anchor: undefined },
    ]);
  });

  it.each([
    ['[a](/policy/2025/#s2-3)', []],
    ['[a](/policy/2025/)', []],
    ['[a](/policy/2025/#s9-9)', ['/policy/2025/#s9-9']],
    ['[a](/policy/2024/#s2-0)', ['/policy/2024/#s2-0']],
    ['[a](/policy/2025/#)', []],
  ])('%s → broken %j', (markdown, broken) => {
    expect(brokenPolicyLinks(markdown, anchors).map((link) => link.href)).toEqual(broken);
  });
});
