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

  it('states the requirement against every state of the hours, per kind and in total, with the report’s own headline', () => {
    expect(model.requirementRows).toEqual([
      { label: '公需科目', required: '30', credited: '5', pending: '0', notDeclared: '0', returned: '0', toStudy: '25' },
      { label: '专业科目', required: '60', credited: '10', pending: '0', notDeclared: '0', returned: '0', toStudy: '50' },
      { label: '合计', required: '90', credited: '15', pending: '0', notDeclared: '0', returned: '0', toStudy: '75' },
    ]);
    expect(model.status).toBe('进行中。还需学习 75 学时（公需科目 25 学时、专业科目 50 学时）。');
    expect(model.notes).toContain('2025年度的学习和学时申报最迟应于2025年12月31日完成：含今天还有 35 天，其中 25 个工作日。（2025年通知二（三））');
    expect(model.notes.some((note) => note.startsWith('本站建议：最晚于2025年12月17日申报') && note.endsWith('（2025年通知五（四））'))).toBe(true);
  });

  it('groups entries by kind, sorted by date, with subtotals', () => {
    expect(model.groups.map((group) => group.heading)).toEqual(['公需科目', '专业科目']);
    expect(model.groups[0]?.rows.map((row) => row.date)).toEqual(['2025-01-01', '2025-04-04']);
    expect(model.groups[1]?.rows[0]).toEqual({
      date: '2025-02-02',
      title: '医学影像新技术与人工智能辅助诊断高级研修班（第二期）——理论授课、病例讨论与上机实践',
      way: '研修培训',
      provider: '河南省人民医院',
      hours: '2.5',
      recording: '审核通过',
    });
    expect(model.groups[0]?.rows[0]?.recording).toBe('平台学习入口自动记录');
    expect(model.groups[1]?.subtotal).toBe('专业科目小计：4 项，共 10 学时（已计入 10 学时）');
  });

  it('says when the year’s rule is assumed', () => {
    const rule = resolveRule(2026, RULE_SETS);
    const report = evaluateYear(rule, [], { asOf: '2026-11-27', calendar: CALENDAR });
    const assumed = buildSummary({ report, entries: [], profile: {}, generatedOn: '2026-11-27' });
    expect(assumed.notes[0]).toBe('本站尚未收录2026年度的通知：按2025年通知推定，以当年通知为准。');
    expect(assumed.groups.every((group) => group.rows.length === 0)).toBe(true);
  });

  it('lists the person’s own text with where it appears, for the printability check', () => {
    const where = userTextOf(model).map((item) => item.where);
    expect(where).toContain('姓名');
    expect(where).toContain('项目名称“公需课程第1讲”');
    expect(where).toContain('“专业课程第3讲”的机构');
  });
});
