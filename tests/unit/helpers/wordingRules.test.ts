import { describe, expect, it } from 'vitest';
import { WORDING_RULES, findWordingProblems } from '../../helpers/wordingRules';

const rulesOf = (text: string) => findWordingProblems(text).map((problem) => problem.rule);

describe('findWordingProblems', () => {
  it.each([
    ['employer', '申报后等待单位审核'],
    ['employer', '状态：待单位审核'],
    ['employer', '单位的审核通过后'],
    ['authority', '以平台和主管部门为准'],
    ['authority', '再由主管部门审核'],
    ['not-exceed', '审核时限均不超过5个工作日'],
    ['not-exceed', '各不超过 5 个工作日'],
    ['not-exceed', '各不超过${days}个工作日'],
    ['closed-list', '五种认可的学习方式'],
    ['hedged-maximum', '两级审核共约 10 个工作日'],
    ['hedged-maximum', '最长约需 10 个工作日'],
    ['colloquial', '专业科目在全年学时中占大头'],
    ['or-employer', '后果由本人或用人单位自行承担'],
    ['accounting-zone', '会计人员进入会计的专区学习'],
    ['self-study', '经批准且有考核的自学'],
    ['self-study', '有考核的自学也可以'],
    ['date-before', '应于2025年12月31日前完成'],
    ['date-before', '在 2025 年 12 月 31 日 前申报'],
    ['figure-without-unit', '还差 30'],
    ['figure-without-unit', '仍差30，请尽快'],
    ['figure-without-unit', '尚差 7.5。'],
    ['figure-without-unit', '还差{formatHours(left)}，'],
    ['figure-without-unit', '还差 ${left} 天'],
  ])('flags %s in “%s”', (rule, text) => {
    expect(rulesOf(text)).toEqual([rule]);
  });

  it.each([
    '申报后等待用人单位审核',
    '状态：待用人单位审核',
    '用人单位、行业主管部门学时审核时限均不得超过5个工作日',
    '经业务主管部门批准且有考核的自学',
    '将通报相关主管部门，依照规定严肃处理',
    '审核时限各不得超过 5 个工作日',
    '研修培训、实践操作、服务基层、在线学习、经业务主管部门批准且有考核的自学等多种方式',
    '最多 10 个工作日',
    '由此产生的后果由本人、用人单位自行承担',
    '会计专业技术人员进入相应专区学习',
    '最迟应于2025年12月31日完成',
    '还差 30 学时',
    '仍差30学时',
    '尚差 7.5 学时。',
    '还差{formatHours(left)} 学时',
    '承办单位、联系单位：专业技术人员管理处',
    '还差一点',
    '自申报学时之日起',
  ])('accepts “%s”', (text) => {
    expect(findWordingProblems(text)).toEqual([]);
  });

  it('reports every occurrence in order of position, with a short excerpt', () => {
    const problems = findWordingProblems('共有五种方式。后果由本人或用人单位自行承担，还差 30。');
    expect(problems.map((problem) => problem.rule)).toEqual(['closed-list', 'or-employer', 'figure-without-unit']);
    expect(problems[0]?.excerpt).toContain('五种');
    expect(problems[0]?.excerpt.length).toBeLessThanOrEqual(2 + 16);
  });

  it('names each rule once, with a fix', () => {
    expect(new Set(WORDING_RULES.map((rule) => rule.name)).size).toBe(WORDING_RULES.length);
    for (const rule of WORDING_RULES) {
      expect(rule.fix.length, rule.name).toBeGreaterThan(0);
      expect(rule.pattern.flags, rule.name).toContain('g');
    }
  });
});
