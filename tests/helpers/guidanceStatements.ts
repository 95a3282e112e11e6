/** The one form that marks a statement as the site's own reading or advice, not the notice's. */
export const SITE_READING = '（本站理解）';
export const CITATION = /\]\(\/policy\/\d{4}\/#[\w-]+\)/;

/**
 * The statements of a guidance body: each paragraph, each list item and each table row.
 * A list item inherits the citation or marker of the paragraph that introduces the list
 * (one ending in “：”). Headings, table header and separator rows are not statements.
 */
export function statements(body: string): string[] {
  const result: string[] = [];
  let lead = '';
  for (const block of body.split(/\r?\n\s*\r?\n/).map((text) => text.trim()).filter((text) => text.length > 0)) {
    if (block.startsWith('#')) {
      lead = '';
      continue;
    }
    const lines = block.split(/\r?\n/);
    if (lines.every((line) => line.startsWith('|'))) {
      result.push(...lines.slice(2));
    } else if (lines.every((line) => /^(?:[-*]|\d+\.)\s/.test(line))) {
      result.push(...lines.map((line) => (lead.endsWith('：') ? `${line} ⟵ ${lead}` : line)));
    } else {
      result.push(block);
      lead = block;
      continue;
    }
    lead = '';
  }
  return result;
}
