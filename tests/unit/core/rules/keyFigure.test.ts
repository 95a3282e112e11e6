import { describe, expect, it } from 'vitest';
import { yearHeadline } from '../../../../src/core/rules/describe';
import { yearKeyFigure } from '../../../../src/core/rules/keyFigure';
import { reportOf, YEAR_SCENARIOS } from '../../../helpers/yearScenarios';

const scenario = (name: string) => {
  const found = YEAR_SCENARIOS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return reportOf(found);
};

describe('the folded status card’s one figure', () => {
  it.each([
    ['all credited, with surplus 公需', '已计入 100 学时'],
    ['pending only', '审核中 90 学时'],
    ['not declared only', '待申报 90 学时'],
    ['surplus 公需 with short 专业', '还需学习 30 学时'],
    ['the four states at once', '还需学习 16.5 学时'],
    ['declared after the deadline', '差 60 学时'],
    ['a year before every notice, over and short (national rule: no deadline known)', '差 40 学时'],
    ['returned hours covering the gap: never said to be recorded', '被退回 16 学时'],
  ])('%s: %s', (name, figure) => {
    expect(yearKeyFigure(scenario(name))).toBe(figure);
  });

  it('says nothing beyond 无记录 for a year with no records here', () => {
    expect(yearKeyFigure(scenario('a closed year with no records here (无记录, never 未达标)'))).toBeNull();
  });

  it('is always a figure the full headline also states, so folding never tells another story', () => {
    for (const candidate of YEAR_SCENARIOS) {
      const report = reportOf(candidate);
      const figure = yearKeyFigure(report);
      if (figure === null) continue;
      const hours = figure.match(/[\d.]+ 学时/)?.[0];
      expect(hours, candidate.name).toBeDefined();
      expect(yearHeadline(report), candidate.name).toContain(hours);
    }
  });
});
