import { describe, expect, it } from 'vitest';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { introDeadline, yearIntro } from '../../../../src/core/rules/yearIntro';
import { RULE_SETS } from '../../../helpers/engine';

describe('yearIntro: the home page’s current year', () => {
  it('2025 under its own notice, days left counted with today included', () => {
    const intro = yearIntro(resolveRule(2025, RULE_SETS));
    expect(intro).toMatchObject({ heading: '2025年度继续教育：至少\u00a090 学时', headingNote: null, kinds: '其中公需科目 ≥ 30 学时，专业科目 ≥ 60 学时。', assumed: false, declareBy: '2025-12-31' });
    expect(introDeadline(intro, '2025-11-27')).toBe('学习和学时申报最迟应于2025年12月31日完成，含今天还有 35 天。');
    expect(introDeadline(intro, '2025-12-31')).toBe('今天（2025年12月31日）是学时申报的最后一天。');
    expect(introDeadline(intro, '2026-01-01')).toBe('2025年度的学时申报已于2025年12月31日截止。');
  });

  it('2026, with no notice of its own, is labelled 推定 in the heading, the basis and the deadline', () => {
    const intro = yearIntro(resolveRule(2026, RULE_SETS));
    expect(`${intro.heading}${intro.headingNote}`).toBe('2026年度继续教育：至少\u00a090 学时（按2025年通知推定）');
    expect(intro.kinds).toBe('其中公需科目 ≥ 30 学时，专业科目 ≥ 60 学时。');
    expect(intro.basis).toBe('本站尚未收录2026年度的通知：按2025年通知推定，以当年通知为准。');
    expect(introDeadline(intro, '2026-11-28')).toBe('学习和学时申报最迟应于2026年12月31日完成（推定），含今天还有 34 天。');
  });

  it('a year before every notice has no 公需 figure and no deadline', () => {
    const intro = yearIntro(resolveRule(2020, RULE_SETS));
    expect(intro).toMatchObject({ heading: '2020年度继续教育：至少\u00a090 学时', headingNote: null, kinds: null });
    expect(introDeadline(intro, '2020-06-01')).toBeNull();
  });
});
