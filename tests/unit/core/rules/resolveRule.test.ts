import { describe, expect, it } from 'vitest';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { ruleSetSchema, type RuleSet } from '../../../../src/core/schemas/ruleSet';
import { RULE_SETS } from '../../../helpers/engine';

describe('resolveRule', () => {
  it('gives 2025 its own rule, from the notice', () => {
    expect(resolveRule(2025, RULE_SETS)).toMatchObject({
      year: 2025,
      basis: 'notice',
      basisYear: 2025,
      totalTenths: 900,
      publicTenths: 300,
      professionalTenths: 600,
      notice: {
        policyYear: 2025,
        declareBy: '2025-12-31',
        employerReviewWorkingDays: 5,
        authorityReviewWorkingDays: 5,
        carryOver: false,
        citations: { totalTenths: 's2-0', declareBy: 's2-3', employerReviewWorkingDays: 's5-4' },
      },
    });
  });

  it.each([
    [2026, '2026-12-31'],
    [2030, '2030-12-31'],
  ])('assumes %i from the 2025 figures, deadline moved to %s', (year, declareBy) => {
    expect(resolveRule(year, RULE_SETS)).toMatchObject({ year, basis: 'assumed', basisYear: 2025, totalTenths: 900, notice: { declareBy } });
  });

  it.each([2015, 2024])('gives %i, before every notice, only the national rule: no 公需 figure, no deadline', (year) => {
    expect(resolveRule(year, RULE_SETS)).toEqual({ year, basis: 'national', basisYear: null, totalTenths: 900, publicTenths: null, professionalTenths: 600, notice: null });
  });

  it('takes the latest earlier rule when several are carried', () => {
    const later: RuleSet = ruleSetSchema.parse({ ...RULE_SETS[0], year: 2027, policyYear: 2027, totalTenths: { value: 1200, cite: 's2-0' }, professionalTenths: { value: 800, cite: 's2-0' }, declareBy: { value: '2027-12-31', cite: 's2-3' } });
    const rules = [later, ...RULE_SETS];
    expect(resolveRule(2026, rules)).toMatchObject({ basisYear: 2025, totalTenths: 900, basis: 'assumed' });
    expect(resolveRule(2028, rules)).toMatchObject({ basisYear: 2027, totalTenths: 1200, basis: 'assumed', notice: { declareBy: '2028-12-31' } });
    expect(resolveRule(2027, rules)).toMatchObject({ basisYear: 2027, basis: 'notice' });
  });

  it('keeps a 29 February deadline valid in a common year', () => {
    const leap = ruleSetSchema.parse({ ...RULE_SETS[0], year: 2028, policyYear: 2025, declareBy: { value: '2029-02-28', cite: 's2-3' } });
    const leapDay = { ...leap, declareBy: { value: '2028-02-29', cite: 's2-3' } };
    expect(resolveRule(2029, [leapDay]).notice?.declareBy).toBe('2029-02-28');
  });

  it('refuses to work without any rule', () => {
    expect(() => resolveRule(2025, [])).toThrow(RangeError);
  });
});
