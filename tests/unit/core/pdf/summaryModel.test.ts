import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import { buildSummary, userTextOf } from '../../../../src/core/pdf/summaryModel';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';
import { entriesFor, summaryFor } from '../../../helpers/summaryFixtures';

describe('buildSummary', () => {
  const entries = entriesFor(6);
  const model = summaryFor(entries, { name: '王喆' });

  it('titles the year and leaves blank what the person did not fill in', () => {
    expect(model.title).toBe('2025年度继续教育学时自查申报汇总表');
    expect(model.fileName).toBe('2025年度继续教育学时自查申报汇总表-王喆-20251127.pdf');
    expect(model.profile).toEqual([
      { label: '姓名', value: '王喆' },
      { label: '工作单位', value: null },
      { label: '专业技术职务/职称', value: null },
      { label: '专业', value: null },
    ]);
  });

  it('states the requirement against every state of the hours and the shortfall, per kind and in total', () => {
    expect(model.requirementRows).toEqual([
      { label: '公需科目', required: '30', credited: '5', pending: '0', notDeclared: '0', returned: '0', shortfall: '25' },
      { label: '专业科目', required: '60', credited: '10', pending: '0', notDeclared: '0', returned: '0', shortfall: '50' },
      { label: '合计', required: '90', credited: '15', pending: '0', notDeclared: '0', returned: '0', shortfall: '75' },
    ]);
  });

  it('states the deadline with the paragraph it rests on, and no countdown, status word or advice (the form is signed)', () => {
    expect(model.notes).toContain('2025年度的学习和学时申报最迟应于2025年12月31日完成。（2025年通知二（三））');
    const form = JSON.stringify(model);
    expect(form).not.toMatch(/还有 ?\d+ ?天|本站建议|有风险|未达标|进行中|状态/);
  });

  it('groups entries by kind, sorted by date, with subtotals', () => {
    expect(model.groups.map((group) => group.heading)).toEqual(['公需科目', '专业科目']);
    expect(model.groups[0]?.rows.map((row) => row.dates)).toEqual(['2025-01-01', '2025-04-04']);
    expect(model.groups[1]?.rows[0]).toEqual({
      dates: '2025-02-02',
      title: '医学影像新技术与人工智能辅助诊断高级研修班（第二期）——理论授课、病例讨论与上机实践',
      way: '研修培训',
      provider: '河南省人民医院',
      hours: '2.5',
      declaredOn: '2025-02-02',
      review: '审核通过',
    });
    expect(model.groups[0]?.rows[0]).toMatchObject({ declaredOn: '—', review: '平台学习入口自动记录' });
    expect(model.groups[1]?.subtotal).toBe('专业科目小计：4 项，共 10 学时（已计入 10 学时）');
  });

  it('gives a multi-day activity its start and end, and a returned one who returned it, when and why', () => {
    const [first, second] = entriesFor(2);
    if (!first || !second) throw new Error('fixture');
    const course = { ...second, startDate: '2025-03-03', endDate: '2025-03-28', declaredOn: '2025-04-01' };
    const returned = { ...course, id: 'r', title: '护理质量管理', status: 'returned' as const, returnedOn: '2025-04-08', returnedBy: 'employer' as const, returnReason: '证书缺少盖章' };
    const rows = summaryFor([first, course, returned]).groups[1]?.rows ?? [];
    expect(rows.map((row) => [row.dates, row.declaredOn])).toEqual([
      ['2025-03-03至2025-03-28', '2025-04-01'],
      ['2025-03-03至2025-03-28', '2025-04-01'],
    ]);
    expect(rows.find((row) => row.title === '护理质量管理')?.review).toBe('被退回（用人单位）\n退回日期：2025-04-08\n退回原因：证书缺少盖章');
  });

  it('prints the phone number in the header when given, and no blank line for it when not', () => {
    expect(summaryFor(entries, { name: '王喆', phone: '0371-6666 8888' }).profile.at(-1)).toEqual({ label: '联系电话', value: '0371-6666 8888' });
    expect(model.profile.map((item) => item.label)).not.toContain('联系电话');
  });

  it('says when the year’s rule is assumed', () => {
    const rule = resolveRule(2026, RULE_SETS);
    const report = evaluateYear(rule, [], { asOf: '2026-11-27', calendar: CALENDAR });
    const assumed = buildSummary({ report, entries: [], profile: {}, generatedOn: '2026-11-27' });
    expect(assumed.notes[0]).toBe('本站尚未收录2026年度的通知：按2025年通知推定，以当年通知为准。');
    // The deadline it takes from that notice is labelled 推定 too.
    expect(assumed.notes[1]).toMatch(/^2026年度的学习和学时申报最迟应于.*（按2025年通知推定）。（2025年通知二（三））$/);
    expect(assumed.groups.every((group) => group.rows.length === 0)).toBe(true);
  });

  it('lists the person’s own text with where it appears, for the printability check', () => {
    const where = userTextOf(model).map((item) => item.where);
    expect(where).toContain('姓名');
    expect(where).toContain('项目名称“公需课程第1讲”');
    expect(where).toContain('“专业课程第3讲”的机构');
  });
});
