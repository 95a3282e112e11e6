import { describe, expect, it } from 'vitest';
import { matchesBaseFilter, searchTerms } from '../../../src/core/search/baseFilter';
import { baseSynonymsSchema } from '../../../src/core/schemas/baseSynonyms';
import { join } from 'node:path';
import { CONTENT, readJson } from '../../helpers/content';

const synonyms = baseSynonymsSchema.parse(readJson(join(CONTENT, 'search', 'base-synonyms.json')));
const bases = (readJson(join(CONTENT, 'bases', 'bases.json')) as { bases: { name: string; kind: string }[] }).bases;
const found = (text: string) => bases.filter((base) => matchesBaseFilter(base, { kind: '', text }, synonyms.groups)).map((base) => base.name);
const named = (...fragments: string[]) => bases.filter((base) => fragments.some((fragment) => base.name.includes(fragment))).map((base) => base.name);

describe('searching the bases with everyday words for a field', () => {
  it.each(['卫生', '医学', '护理', '护士'])('%s finds every base whose name has 医, 卫生 or 护理', (word) => {
    expect(found(word)).toEqual(named('医', '卫生', '护理'));
    expect(found(word).length).toBeGreaterThanOrEqual(4);
  });

  it.each(['教师', '教育'])('%s finds the 师范 bases and the 教育 ones', (word) => {
    expect(found(word)).toEqual(named('师范', '教育'));
    expect(found(word)).toEqual(expect.arrayContaining(['河南师范大学', '信阳师范大学', '洛阳师范学院', '焦作师范高等专科学校']));
  });

  it.each<[string, string[]]>([
    ['农业', ['农']],
    ['水利', ['水利']],
    ['建筑', ['建设', '工程']],
    ['金融', ['金融', '财政', '银行']],
  ])('%s finds the bases named with %j', (word, fragments) => {
    expect(found(word)).toEqual(named(...fragments));
    expect(found(word).length).toBeGreaterThan(0);
  });

  it('every group finds at least one base, so no word promises what the list lacks', () => {
    for (const group of synonyms.groups) expect(named(...group.fragments), group.words.join('、')).not.toEqual([]);
  });

  it('says which fragments a word was widened to, and leaves other text as typed', () => {
    expect(searchTerms(' 护士 ', synonyms.groups)).toEqual({ terms: ['护士', '医', '卫生', '护理'], expandedTo: ['医', '卫生', '护理'] });
    expect(searchTerms('郑州', synonyms.groups)).toEqual({ terms: ['郑州'], expandedTo: [] });
    expect(found('郑州')).toEqual(named('郑州'));
  });

  it('refuses a table that lists a word in two groups', () => {
    const result = baseSynonymsSchema.safeParse({ note: 'x', groups: [{ words: ['医'], fragments: ['医'] }, { words: ['医'], fragments: ['卫生'] }] });
    expect(result.success).toBe(false);
  });
});
