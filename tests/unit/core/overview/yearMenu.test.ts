import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, yearMenu } from '../../../../src/core/overview/yearMenu';
import { yearMenuText } from '../../../../src/i18n/zhCNYearMenu';

const span = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, index) => from - index);

describe('the year menu’s options', () => {
  it.each([
    { name: 'no records: 2015 to this year, newest first, next year not yet', todayYear: 2026, recorded: [], expected: span(2026, FIRST_YEAR) },
    { name: 'on 31 December, next year is still not offered', todayYear: 2026, recorded: [2025, 2026], expected: span(2026, FIRST_YEAR) },
    { name: 'next year holds a record (an import): offered', todayYear: 2026, recorded: [2027], expected: span(2027, FIRST_YEAR) },
    { name: 'on 1 January the new year is offered', todayYear: 2027, recorded: [], expected: span(2027, FIRST_YEAR) },
    { name: 'a recorded year before 2015 is kept', todayYear: 2026, recorded: [2010], expected: [...span(2026, FIRST_YEAR), 2010] },
    { name: 'a recorded year far ahead is kept, with no gap filled', todayYear: 2026, recorded: [2030], expected: [2030, ...span(2026, FIRST_YEAR)] },
    { name: 'repeated years appear once', todayYear: 2026, recorded: [2024, 2024, 2026], expected: span(2026, FIRST_YEAR) },
    { name: 'the first year of the national rule', todayYear: FIRST_YEAR, recorded: [], expected: [FIRST_YEAR] },
  ])('$name', ({ todayYear, recorded, expected }) => {
    expect(yearMenu(todayYear, recorded)).toEqual(expected);
  });

  it.each([
    [2024, 780, '2024年（共记录 78 学时）'],
    [2024, 25, '2024年（共记录 2.5 学时）'],
    [2024, 0, '2024年'],
    [2024, undefined, '2024年'],
  ])('labels %i with %s tenths as %s (共记录, never 已记, which reads as 已计入)', (year, tenths, label) => {
    expect(yearMenuText.option(year, tenths)).toBe(label);
    expect(yearMenuText.option(year, tenths)).not.toContain('已记');
  });
});
