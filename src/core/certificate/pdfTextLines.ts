/**
 * A PDF page's text, as lines a person reads: pdf.js gives pieces of text with
 * their position; pieces on the same baseline form a line, left to right, and
 * lines run top to bottom. A gap wider than half a character between two
 * pieces is a space (the field reader ignores spaces between Chinese characters).
 */
export interface TextPiece {
  text: string;
  /** Left edge and baseline in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** The font size the piece is drawn at. */
  size: number;
}

export function textLines(pieces: readonly TextPiece[]): string[] {
  const usable = pieces.filter((piece) => piece.text.trim() !== '' && Number.isFinite(piece.x) && Number.isFinite(piece.y));
  const sorted = [...usable].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    // Pieces whose baselines differ by less than a third of the type size share a line.
    if (line && first && Math.abs(first.y - piece.y) < Math.max(first.size, piece.size, 1) / 3) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => {
    const ordered = line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const piece of ordered) {
      if (text !== '' && piece.x - end > Math.max(piece.size, 1) / 2) text += ' ';
      text += piece.text;
      end = Math.max(end, piece.x + piece.width);
    }
    return text.trim();
  });
}
