/** Ids the policy page renders itself, outside the notice's Markdown body; links may point at them too. */
export const POLICY_PAGE_ANCHORS = ['toc', 'signature', 'issued-on', 'disclosure', 'contact'] as const;
