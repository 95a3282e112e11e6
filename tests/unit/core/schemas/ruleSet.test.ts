import { describe, expect, it } from 'vitest';
import { ruleSetSchema } from '../../../../src/core/schemas/ruleSet';
import { RULE_2025_DATA } from '../../../helpers/ruleData';

const valid = RULE_2025_DATA;

function pathsOf(value: unknown): string[] {
  const result = ruleSetSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('ruleSetSchema', () => {
  it('accepts the 2025 rule', () => {
    expect(pathsOf(valid)).toEqual([]);
  });

  it.each([
    ['a total below the national 90', { totalTenths: { value: 890, cite: 's2-0' }, professionalTenths: { value: 590, cite: 's2-0' } }, 'totalTenths.value'],
    ['专业 below two thirds of the total', { publicTenths: { value: 310, cite: 's2-0' }, professionalTenths: { value: 590, cite: 's2-0' } }, 'professionalTenths.value'],
    ['kinds adding up to more than the total', { publicTenths: { value: 400, cite: 's2-0' } }, 'totalTenths.value'],
    ['hours written as a decimal', { totalTenths: { value: 90.5, cite: 's2-0' } }, 'totalTenths.value'],
    ['a deadline two years on', { declareBy: { value: '2027-01-31', cite: 's2-3' } }, 'declareBy.value'],
    ['an impossible deadline', { declareBy: { value: '2025-02-30', cite: 's2-3' } }, 'declareBy.value'],
    ['a citation that is not an id', { carryOver: { value: false, cite: '二（三）' } }, 'carryOver.cite'],
    ['a missing citation', { carryOver: { value: false } }, 'carryOver.cite'],
    ['a notice later than the year', { policyYear: 2026 }, 'policyYear'],
    ['zero review days', { employerReviewWorkingDays: { value: 0, cite: 's5-4' } }, 'employerReviewWorkingDays.value'],
  ])('rejects %s at the right field', (_label, change, path) => {
    expect(pathsOf({ ...valid, ...change })).toContain(path);
  });

  it('quotes 人社部令第25号 art. 8 exactly when 专业 falls below two thirds', () => {
    const result = ruleSetSchema.safeParse({ ...valid, publicTenths: { value: 310, cite: 's2-0' }, professionalTenths: { value: 590, cite: 's2-0' } });
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(messages).toContainEqual(expect.stringContaining('人力资源社会保障部令第25号第八条'));
    expect(messages).toContainEqual(expect.stringContaining('“一般不少于总学时的三分之二”'));
  });

  it('accepts exactly two thirds (60 of 90) and more than the floor', () => {
    expect(pathsOf({ ...valid, totalTenths: { value: 1200, cite: 's2-0' }, professionalTenths: { value: 800, cite: 's2-0' } })).toEqual([]);
  });
});
