import { describe, expect, it } from 'vitest';
import { mergeProfileValues } from '../../../../src/core/forms/profileValues';

describe('the profile form after a data change', () => {
  const stored = { name: '', employer: '郑州市第一人民医院' };

  it('keeps text the person is typing when the stored profile is re-read unchanged', () => {
    expect(mergeProfileValues({ name: '李', employer: '郑州市第一人民医院' }, stored, { ...stored })).toEqual({ name: '李', employer: '郑州市第一人民医院' });
  });

  it('takes a new stored value only for fields the person has not touched', () => {
    const next = { name: '王喆', employer: '河南省人民医院' };
    expect(mergeProfileValues({ name: '李', employer: '郑州市第一人民医院' }, stored, next)).toEqual({ name: '李', employer: '河南省人民医院' });
  });

  it('after a save, the form equals what was saved', () => {
    const saved = { name: '李华', employer: '郑州市第一人民医院' };
    expect(mergeProfileValues(saved, stored, saved)).toEqual(saved);
  });
});
