import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/core/search/excerpt';

describe('excerptParts', () => {
  it('splits marked matches from plain text', () => {
    expect(excerptParts('每年<mark>公需科目</mark>不少于30学时')).toEqual([
      { text: '每年', marked: false },
      { text: '公需科目', marked: true },
      { text: '不少于30学时', marked: false },
    ]);
  });

  it('decodes entities and never passes markup through', () => {
    expect(excerptParts('&lt;script&gt;x&lt;/script&gt; &amp; <b>y</b><mark>&quot;z&#39;</mark>')).toEqual([
      { text: '<script>x</script> & y', marked: false },
      { text: '"z\'', marked: true },
    ]);
  });

  it('handles an excerpt with no match and an empty one', () => {
    expect(excerptParts('纯文本')).toEqual([{ text: '纯文本', marked: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});
