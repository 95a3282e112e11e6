/**
 * Stable paragraph ids in the notices' Markdown. An author ends a heading or a
 * paragraph with ` {#s2-1}`; the site turns that into the element's id, and
 * links from guidance and rules are checked against the ids found here.
 */

const TRAILING_ANCHOR = /[ \t]*\{#([a-z][a-z0-9-]*)\}[ \t]*$/;

/** Splits a trailing `{#id}` off a line of text; `id` is undefined when there is none. */
export function splitTrailingAnchor(text: string): { text: string; id: string | undefined } {
  const match = TRAILING_ANCHOR.exec(text);
  if (!match) return { text, id: undefined };
  return { text: text.slice(0, match.index), id: match[1] };
}

/** Every anchor id declared in a Markdown document, in document order (duplicates kept, so callers can report them). */
export function extractAnchorIds(markdown: string): string[] {
  const ids: string[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const { id } = splitTrailingAnchor(line);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** Ids that occur more than once. */
export function duplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

/** Paragraphs (blocks of text separated by blank lines) that carry no anchor id. */
export function paragraphsWithoutAnchor(markdownBody: string): string[] {
  return markdownBody
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0 && splitTrailingAnchor(block).id === undefined);
}

export interface PolicyLink {
  /** The link target as written. */
  href: string;
  year: number;
  /** The fragment, without `#`; undefined for a link to the whole notice. */
  anchor: string | undefined;
}

const POLICY_LINK = /\]\((\/policy\/(\d{4})\/(?:#([^)\s]*))?)\)/g;

/** Every Markdown link to a notice page (`[…](/policy/2025/#s2-1)`) in a document. */
export function findPolicyLinks(markdown: string): PolicyLink[] {
  return [...markdown.matchAll(POLICY_LINK)].map((match) => ({
    href: match[1] ?? '',
    year: Number(match[2]),
    anchor: match[3] === undefined || match[3] === '' ? undefined : match[3],
  }));
}

/** Links whose notice or paragraph does not exist, given each carried notice's anchor ids by year. */
export function brokenPolicyLinks(
  markdown: string,
  anchorsByYear: ReadonlyMap<number, ReadonlySet<string>>,
): PolicyLink[] {
  return findPolicyLinks(markdown).filter((link) => {
    const anchors = anchorsByYear.get(link.year);
    if (anchors === undefined) return true;
    return link.anchor !== undefined && !anchors.has(link.anchor);
  });
}
