/** Width in millimetres of `text` set at `sizePt` points in the PDF font. */
export type Measure = (text: string, sizePt: number) => number;

/** Marks that may not begin a line (Chinese line-breaking rules): they stay with the character before them. */
const CLOSING = new Set([...'、，。；：）」』》！？〕】”’…,.;:!?)%']);
/** Marks that may not end a line: they stay with the character after them. */
const OPENING = new Set([...'（「『《〔【“‘(']);
const BRACKET_PAIRS: Record<string, string> = { '（': '）', '〔': '〕', '【': '】', '(': ')' };
/**
 * A bracketed citation ("（2025年通知二（三））", "（豫人社办〔2025〕12号）") is read as one
 * unit: up to this many characters it moves to the next line whole rather than splitting.
 */
const LONGEST_UNBREAKABLE_BRACKET = 24;
/** Letters and digits that read as one word ("2025-01-01", "12.5", "ICU"). */
const WORD = /[A-Za-z0-9]/;
const WORD_INNER = /[A-Za-z0-9.\-/_:]/;

/** The end (exclusive) of the bracketed group opening at `start`, or null when it does not close soon enough. */
function bracketEnd(chars: readonly string[], start: number): number | null {
  const stack: string[] = [];
  for (let index = start; index < chars.length && index - start < LONGEST_UNBREAKABLE_BRACKET; index += 1) {
    const char = chars[index] ?? '';
    const close = BRACKET_PAIRS[char];
    if (close !== undefined) stack.push(close);
    else if (char === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return index + 1;
    }
  }
  return null;
}

/**
 * Splits a paragraph into the pieces a line may break between: bracketed
 * citations and words whole (when `keepGroups`), each opening mark joined to
 * what follows it and each closing mark to what precedes it.
 */
function breakUnits(text: string, keepGroups: boolean): string[] {
  const chars = [...text];
  const atoms: string[] = [];
  for (let index = 0; index < chars.length; ) {
    const char = chars[index] ?? '';
    const groupEnd = keepGroups && BRACKET_PAIRS[char] !== undefined ? bracketEnd(chars, index) : null;
    let end = groupEnd ?? index + 1;
    if (groupEnd === null && keepGroups && WORD.test(char)) {
      while (end < chars.length && WORD_INNER.test(chars[end] ?? '')) end += 1;
    }
    atoms.push(chars.slice(index, end).join(''));
    index = end;
  }
  const units: string[] = [];
  let pendingOpen = '';
  for (const atom of atoms) {
    const previous = units.at(-1);
    if (pendingOpen === '' && CLOSING.has(atom) && previous !== undefined && previous.trim() !== '') {
      units[units.length - 1] = previous + atom;
    } else if (OPENING.has(atom)) {
      pendingOpen += atom;
    } else {
      units.push(pendingOpen + atom);
      pendingOpen = '';
    }
  }
  if (pendingOpen !== '') units.push(pendingOpen);
  return units;
}

/** Greedy line filling over break units; a unit wider than a line is broken finer (marks still kept, then characters). */
function fill(units: readonly string[], fits: (text: string) => boolean, lines: string[], start: string): string {
  let line = start;
  for (const unit of units) {
    if (unit.trim() === '') {
      // A space where a line breaks is the break itself.
      if (line !== '' && fits(line + unit)) line += unit;
      else if (line !== '') {
        lines.push(line);
        line = '';
      }
      continue;
    }
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (fits(unit)) {
      if (line !== '') lines.push(line);
      line = unit;
      continue;
    }
    // Wider than a whole line: break inside it rather than lose anything.
    const chars = [...unit];
    if (chars.length === 1) {
      if (line !== '') lines.push(line);
      line = unit;
      continue;
    }
    const finer = breakUnits(unit, false);
    line = fill(finer.length > 1 ? finer : chars, fits, lines, line);
  }
  return line;
}

/**
 * Breaks text into lines no wider than `width`, by the Chinese line-breaking
 * rules: between any two Chinese characters, but never a closing mark (，。、）…)
 * at the start of a line nor an opening one (（《…) at its end, and never inside
 * a word or a short bracketed citation. Never drops a character.
 */
export function wrapText(text: string, width: number, size: number, measure: Measure): string[] {
  const fits = (value: string) => measure(value, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    lines.push(fill(breakUnits(paragraph, true), fits, lines, ''));
  }
  return lines;
}
