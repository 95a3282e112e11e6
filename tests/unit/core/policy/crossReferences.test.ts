import { describe, expect, it } from 'vitest';
import { crossReferenceProblems } from '../../../../src/core/policy/crossReferences';
import { ruleSetSchema } from '../../../../src/core/schemas/ruleSet';
import { RULE_2025_DATA } from '../../../helpers/ruleData';

const policy = { file: 'content/policy/2025.md', year: 2025, body: '## 二 {#s2}\n\n要求 {#s2-0}\n\n截止 {#s2-3}\n\n审核 {#s5-4}\n', extraAnchors: ['toc'] };
const rule = ruleSetSchema.parse(RULE_2025_DATA);

describe('crossReferenceProblems', () => {
  it('finds nothing in consistent content', () => {
    expect(crossReferenceProblems([policy], [{ file: 'g.md', body: '[x](/policy/2025/#toc)' }], [{ file: 'r.json', rule }])).toEqual([]);
  });

  it('names the guidance file and the broken link', () => {
    expect(crossReferenceProblems([policy], [{ file: 'content/guidance/faq.md', body: '[x](/policy/2025/#s9-9)' }], [])).toEqual([
      'content/guidance/faq.md: link "/policy/2025/#s9-9" points to no paragraph of a carried notice',
    ]);
  });

  it('names the rule file and field whose citation is wrong', () => {
    const wrong = { ...rule, carryOver: { value: false, cite: 's7' } };
    expect(crossReferenceProblems([policy], [], [{ file: 'content/rules/2025.json', rule: wrong }])).toEqual([
      'content/rules/2025.json: carryOver.cite "s7" is no paragraph of the 2025 notice',
    ]);
  });

  it('reports a rule whose notice is not carried', () => {
    expect(crossReferenceProblems([], [], [{ file: 'r.json', rule }])).toEqual(['r.json: policyYear 2025 has no notice in content/policy']);
  });

  it('reports duplicate and missing paragraph ids in a notice', () => {
    const broken = { ...policy, body: '甲 {#a}\n\n乙 {#a}\n\n丙\n' };
    expect(crossReferenceProblems([broken], [], [])).toEqual([
      'content/policy/2025.md: paragraph id "a" is used more than once',
      'content/policy/2025.md: paragraph has no {#id}: "丙…"',
    ]);
  });
});
