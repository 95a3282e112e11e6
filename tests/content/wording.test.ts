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
