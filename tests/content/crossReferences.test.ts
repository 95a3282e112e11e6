import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossReferenceProblems } from '../../src/core/policy/crossReferences';
import { findPolicyLinks } from '../../src/core/policy/anchors';
import { guidanceSchema } from '../../src/core/schemas/guidance';
import { policySchema } from '../../src/core/schemas/policy';
import { ruleSetSchema } from '../../src/core/schemas/ruleSet';
import { POLICY_PAGE_ANCHORS } from '../../src/lib/policyPageAnchors';
import { filesIn, readJson, readMarkdown } from '../helpers/content';
import { RULE_2025_DATA } from '../helpers/ruleData';

const policies = filesIn('policy', '.md').map(readMarkdown);
const guidance = filesIn('guidance', '.md').map(readMarkdown);
const rules = filesIn('rules', '.json').map((path) => ({ file: basename(path), rule: ruleSetSchema.parse(readJson(path)) }));

describe('content cross-references', () => {
  it('every guidance page parses and links to the policy at least three times', () => {
    expect(guidance.length).toBeGreaterThanOrEqual(4);
    for (const page of guidance) {
      guidanceSchema.parse(page.data);
      expect(findPolicyLinks(page.body).length, page.file).toBeGreaterThanOrEqual(3);
    }
  });

  it('every guidance link and rule citation lands on a paragraph that exists', () => {
    const problems = crossReferenceProblems(
      policies.map((policy) => {
        const data = policySchema.parse(policy.data);
        return { file: policy.file, body: policy.body, year: data.year, extraAnchors: [...POLICY_PAGE_ANCHORS, data.attachment.anchor] };
      }),
      guidance,
      rules,
    );
    expect(problems).toEqual([]);
  });

  it('the 2025 rule states the notice figures: 90 / 30 / 60, 2025-12-31, 5 + 5 working days, no carry-over', () => {
    const rule = rules.find((entry) => entry.rule.year === 2025)?.rule;
    expect(rule).toEqual(RULE_2025_DATA);
  });
});
