/**
 * A date (2025-12-31, 2025年12月31日, 2025年6月) or a 学时 figure (90学时, ≥ 12.5 学时): text that must
 * never be broken across two lines, so a reader on a narrow phone never has to join "2025年6月" and "30日".
 */
export const UNBREAKABLE_FIGURE = /\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月(?:\d{1,2}日)?|(?:[≥≤]\s?)?\d+(?:\.\d+)?\s?学时/g;

/** A piece of text; `keep` marks a figure to show on one line. */
export interface TextPiece {
  text: string;
  keep: boolean;
}

/** The text cut into plain runs and figures, in order; joined back it is the same text. */
export function splitUnbreakable(value: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of value.matchAll(UNBREAKABLE_FIGURE)) {
    if (match.index > last) pieces.push({ text: value.slice(last, match.index), keep: false });
    pieces.push({ text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  if (last < value.length || pieces.length === 0) pieces.push({ text: value.slice(last), keep: false });
  return pieces;
}
