import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../../../src/core/schemas/entry';

const valid = {
  id: 'a1',
  title: '  数字技术与网络安全  ',
  kind: 'public',
  way: 'onlineStudy',
  startDate: '2025-03-01',
  endDate: '2025-03-02',
  hoursTenths: 125,
  recording: 'platform',
  status: 'notDeclared',
};

function issues(change: Record<string, unknown>) {
  const result = entrySchema.safeParse({ ...valid, ...change });
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('entrySchema', () => {
  it('accepts a platform entry and trims the title', () => {
    expect(entrySchema.parse(valid).title).toBe('数字技术与网络安全');
  });

  it('accepts a declared professional entry with its dates', () => {
    expect(
      issues({ kind: 'professional', way: 'grassroots', recording: 'declare', status: 'employerApproved', declaredOn: '2025-03-05', employerApprovedOn: '2025-03-07', baseNumber: 16, providerName: '河南省人民医院' }),
    ).toEqual([]);
  });

  it.each([
    ['zero hours', { hoursTenths: 0 }, 'hoursTenths', '学时须大于 0'],
    ['negative hours', { hoursTenths: -10 }, 'hoursTenths', '学时须大于 0'],
    ['more than one decimal', { hoursTenths: 12.5 }, 'hoursTenths', '学时最多保留一位小数'],
    ['an unknown kind', { kind: 'other' }, 'kind', '科目类别'],
    ['a way of the other kind', { way: 'grassroots' }, 'way', '学习方式“服务基层”不属于公需科目'],
    ['an impossible date', { startDate: '2025-02-30' }, 'startDate', '开始日期不是有效的日期'],
    ['a date in another format', { endDate: '2025/03/02' }, 'endDate', '完成日期'],
    ['a date before 2000', { startDate: '1999-12-31' }, 'startDate', '开始日期须在 2000 年至 2100 年之间'],
    ['a date after 2100', { endDate: '2101-01-01' }, 'endDate', '完成日期须在 2000 年至 2100 年之间'],
    ['an end before the start', { endDate: '2025-02-01' }, 'endDate', '完成日期不能早于开始日期'],
    ['an empty title', { title: '   ' }, 'title', '请填写项目名称'],
    ['a missing title', { title: undefined }, 'title', '请填写项目名称'],
    ['a platform entry marked declared', { status: 'declared', declaredOn: '2025-03-05' }, 'status', '无需申报'],
    ['a declared entry without a date', { recording: 'declare', status: 'declared' }, 'declaredOn', '请填写申报日期'],
    ['an approval before the declaration', { recording: 'declare', status: 'approved', declaredOn: '2025-03-05', approvedOn: '2025-03-04' }, 'approvedOn', '行业主管部门审核通过日期不能早于申报日期'],
    ['a base number of 0', { baseNumber: 0 }, 'baseNumber', '基地编号'],
    ['an overlong note', { notes: '字'.repeat(2001) }, 'notes', '备注不能超过 2000 字'],
  ])('rejects %s with a Chinese message on the field', (_label, change, path, message) => {
    const found = issues(change);
    expect(found.map((issue) => issue.path)).toContain(path);
    expect(found.find((issue) => issue.path === path)?.message).toContain(message);
  });
});
