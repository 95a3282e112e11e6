import { describe, expect, it } from 'vitest';
import { festivalDatesSchema } from '../../../../src/core/schemas/festivalDates';

describe('festivalDatesSchema', () => {
  const row = { year: 2027, springFestival: '2027-02-06', qingming: '2027-04-05', dragonBoat: '2027-06-09', midAutumn: '2027-09-15' };
  const paths = (value: unknown) => {
    const result = festivalDatesSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  };

  it('accepts a table of consecutive years', () => {
    expect(paths({ source: 's', years: [row, { year: 2028, springFestival: '2028-01-26', qingming: '2028-04-04', dragonBoat: '2028-05-28', midAutumn: '2028-10-03' }] })).toEqual([]);
  });

  it.each([
    ['a date of another year', { ...row, midAutumn: '2026-09-25' }, 'years.0.midAutumn'],
    ['清明 outside 4–6 April', { ...row, qingming: '2027-04-07' }, 'years.0.qingming'],
    ['春节 outside its window', { ...row, springFestival: '2027-03-01' }, 'years.0.springFestival'],
    ['a date that does not exist', { ...row, dragonBoat: '2027-06-31' }, 'years.0.dragonBoat'],
    ['a year before the current 办法', { ...row, year: 2024 }, 'years.0.year'],
  ])('rejects %s, at its field', (_label, bad, path) => {
    expect(paths({ source: 's', years: [bad] })).toContain(path);
  });

  it('rejects a gap between years', () => {
    expect(paths({ source: 's', years: [row, { ...row, year: 2029, springFestival: '2029-02-13', qingming: '2029-04-04', dragonBoat: '2029-06-16', midAutumn: '2029-09-22' }] })).toContain('years.1.year');
  });
});
