import type { RuleSet } from '../schemas/ruleSet';
import { brokenPolicyLinks, duplicateIds, extractAnchorIds, paragraphsWithoutAnchor } from './anchors';

export interface ContentFile {
  /** Path shown in error messages, e.g. content/guidance/faq.md. */
  file: string;
  body: string;
}

export interface PolicyFile extends ContentFile {
  year: number;
  /** Anchor ids the page adds itself (attachment, signature block), outside the Markdown body. */
  extraAnchors: readonly string[];
}

export interface RuleFile {
  file: string;
  rule: RuleSet;
}

const CITED_FIELDS = [
  'totalTenths',
  'publicTenths',
  'professionalTenths',
  'declareBy',
  'employerReviewWorkingDays',
  'authorityReviewWorkingDays',
  'carryOver',
] as const satisfies readonly (keyof RuleSet)[];

/**
 * Checks what no single-file schema can: every paragraph of a notice has a
 * unique id, and every link or citation from guidance and rules lands on one.
 * Returns one message per problem, each naming the file and the field or link.
 */
export function crossReferenceProblems(
  policies: readonly PolicyFile[],
  guidance: readonly ContentFile[],
  rules: readonly RuleFile[],
): string[] {
  const problems: string[] = [];
  const anchorsByYear = new Map<number, Set<string>>();

  for (const policy of policies) {
    const ids = [...extractAnchorIds(policy.body), ...policy.extraAnchors];
    for (const id of duplicateIds(ids)) problems.push(`${policy.file}: paragraph id "${id}" is used more than once`);
    for (const paragraph of paragraphsWithoutAnchor(policy.body)) {
      problems.push(`${policy.file}: paragraph has no {#id}: "${paragraph.slice(0, 30)}…"`);
    }
    anchorsByYear.set(policy.year, new Set(ids));
  }

  for (const page of guidance) {
    for (const link of brokenPolicyLinks(page.body, anchorsByYear)) {
      problems.push(`${page.file}: link "${link.href}" points to no paragraph of a carried notice`);
    }
  }

  for (const { file, rule } of rules) {
    const anchors = anchorsByYear.get(rule.policyYear);
    if (anchors === undefined) {
      problems.push(`${file}: policyYear ${rule.policyYear} has no notice in content/policy`);
      continue;
    }
    for (const field of CITED_FIELDS) {
      const cite = rule[field].cite;
      if (!anchors.has(cite)) problems.push(`${file}: ${field}.cite "${cite}" is no paragraph of the ${rule.policyYear} notice`);
    }
  }
  return problems;
}
