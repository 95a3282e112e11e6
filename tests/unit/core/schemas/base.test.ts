import { describe, expect, it } from 'vitest';
import { basesFileSchema } from '../../../../src/core/schemas/base';

const file = (bases: unknown[]) => ({ policyYear: 2025, title: '名单', bases });
const base = (number: number, name: string, kind = '本科高校') => ({ number, name, kind });

function issues(value: unknown) {
  const result = basesFileSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('basesFileSchema', () => {
  it('accepts numbers 1…n with unique names', () => {
    expect(issues(file([base(1, '甲'), base(2, '乙'), base(3, '丙')]))).toEqual([]);
  });

  it.each([
    ['a gap', [base(1, '甲'), base(3, '丙')], 'bases.1.number', '编号应为 2'],
    ['a repeated number', [base(1, '甲'), base(1, '乙')], 'bases.1.number', '编号应为 2'],
    ['not starting at 1', [base(2, '甲')], 'bases.0.number', '编号应为 1'],
    ['a duplicate name', [base(1, '甲'), base(2, '甲')], 'bases.1.name', '与第 1 项重复'],
    ['an unknown kind', [base(1, '甲', '政府')], 'bases.0.kind', ''],
    ['an empty name', [base(1, '')], 'bases.0.name', ''],
  ])('rejects %s, naming the field', (_label, bases, path, message) => {
    const found = issues(file(bases));
    expect(found.map((issue) => issue.path)).toContain(path);
    expect(found.find((issue) => issue.path === path)?.message).toContain(message);
  });

  it('rejects unknown fields, so a typo does not pass silently', () => {
    expect(issues({ ...file([base(1, '甲')]), extra: true }).length).toBeGreaterThan(0);
    expect(issues(file([{ ...base(1, '甲'), nmae: 'x' }])).length).toBeGreaterThan(0);
  });

  it('rejects an empty list', () => {
    expect(issues(file([]))).not.toEqual([]);
  });
});
