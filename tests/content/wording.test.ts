import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { WORDING_RULES, findWordingProblems } from '../helpers/wordingRules';
import { WORDING_SOURCES, readWordingSources } from '../helpers/wordingSources';

const fixes = new Map(WORDING_RULES.map((rule) => [rule.name, rule.fix]));

describe('the site’s own wording uses the notice’s terms (issue 12)', () => {
  const texts = readWordingSources(ROOT);

  it('reads every listed source', () => {
    const files = texts.map((text) => text.file);
    expect(files).toEqual(expect.arrayContaining(['content/guidance/faq.md', 'content/policy/2025.md', 'src/pages/404.astro', 'src/layouts/BaseLayout.astro']));
    expect(files).toEqual(expect.arrayContaining(['src/pages/index.astro', 'src/i18n/zhCN.ts', 'src/core/rules/describe.ts', 'src/core/calendar/deadlineIcs.ts', 'src/core/pdf/summaryModel.ts']));
    expect(WORDING_SOURCES.length).toBeGreaterThan(0);
  });

  for (const { file, text } of texts) {
    it(file, () => {
      const problems = findWordingProblems(text).map((problem) => `${problem.rule}: …${problem.excerpt}… → ${fixes.get(problem.rule) ?? ''}`);
      expect(problems).toEqual([]);
    });
  }
});

describe('the fidelity findings stay fixed (issue 22): the old forms are caught, the marked ones pass', () => {
  it.each([
    ['lost-as-fact', '未申报的 30 学时已不能计入2025年度。'],
    ['lost-as-fact', '本机有 6 学时在截止日之后申报，不计入本年度。'],
    ['upload-limit-assumed', '（常见上传限制，以平台页面提示为准）'],
    ['safe-date', '把申报截止日和最晚稳妥申报日放进手机日历'],
    ['platform-only-reading', "'只有通过平台“学习入口”在线学习的学时才自动记录，其余方式都须申报。'"],
    ['platform-then-declared', "'平台学习入口自动记录的学时无需申报，申报进度应为“待申报”'"],
    ['review-count-start', '审核时限从申报次日起算。'],
    ['site-order', '按应办理的先后排列：先处理被退回的。'],
  ])('%s: %s', (rule, text) => expect(findWordingProblems(text).map((problem) => problem.rule)).toContain(rule));

  it.each([
    '未申报的 30 学时本站不计入2025年度（本站理解）。',
    '本机有 6 学时在截止日之后申报，本站不计入本年度（本站理解）。',
    '（常见上传限制：本站假设，以平台页面为准）',
    '常见上传限制（本站假设，以平台页面为准）',
    '把申报截止日和本站建议的最晚申报日放进手机日历',
    "'只有通过平台“学习入口”在线学习的学时才自动记录，其余方式都须申报（本站理解）。'",
    '审核时限自申报之日起计算；本站从申报次日起算（本站理解）。',
    '本站排列：先处理被退回的。',
  ])('passes: %s', (text) => expect(findWordingProblems(text)).toEqual([]));
});
