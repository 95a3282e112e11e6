import { describe, expect, it } from 'vitest';
import { matchesBaseFilter } from '../../../src/core/search/baseFilter';

const base = { name: '郑州大学体育学院', kind: '本科高校' };

describe('matchesBaseFilter', () => {
  it.each([
    [{ kind: '', text: '' }, true],
    [{ kind: '本科高校', text: '' }, true],
    [{ kind: '职业院校', text: '' }, false],
    [{ kind: '', text: '郑州' }, true],
    [{ kind: '', text: ' 体育 学院 ' }, true],
    [{ kind: '', text: '洛阳' }, false],
    [{ kind: '职业院校', text: '郑州' }, false],
    [{ kind: '', text: '郑州大学体育学院再多' }, false],
  ])('%j → %s', (filter, expected) => expect(matchesBaseFilter(base, filter)).toBe(expected));

  it('ignores case and full-width forms for Latin text', () => {
    expect(matchesBaseFilter({ name: 'ABC培训中心', kind: '企业' }, { kind: '', text: 'ａｂｃ' })).toBe(true);
  });
});
