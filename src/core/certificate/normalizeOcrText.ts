/**
 * Recognised text as the readers below expect it: NFKC (full-width digits and
 * punctuation become ASCII), no blanks that OCR puts between Chinese
 * characters, one trimmed line per row, and a label left alone on its line
 * joined to the value on the next one.
 */

import { DOUBT } from './ocrText';

const CJK = '\\u3400-\\u9fff';

const IS_CJK = new RegExp(`[${CJK}]`);

/**
 * OCR that spaces out characters ("培 训 项 目") says nothing by those blanks,
 * so a blank beside a lone character goes; a blank between two Chinese words
 * is a cell's edge ("管理培训 学时:8") and stays, so that 培训学时 is not read.
 * Between Chinese and a figure or a sign a blank never matters.
 */
function dropBlanks(line: string): string {
  const tokens = line.split(' ');
  return tokens.reduce((joined, token, index) => {
    if (index === 0) return token;
    const before = tokens[index - 1] as string;
    const cjkBefore = IS_CJK.test(before.slice(-1));
    const cjkAfter = IS_CJK.test(token.slice(0, 1));
    const lone = [...before].length === 1 || [...token].length === 1;
    const keep = cjkBefore && cjkAfter ? !lone : !(cjkBefore || cjkAfter);
    return joined + (keep ? ' ' : '') + token;
  }, '');
}

/** Characters OCR reads for digits: O for 0, l, I and | for 1. */
export const DIGITISH = '[0-9OoIl|]';

/** A run read as digits, with the look-alike letters mapped back; null unless it holds at least one true digit. */
export function readDigits(run: string): string | null {
  if (!/\d/.test(run)) return null;
  return run.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
}

/** "共计2 4学时": OCR spaces out a figure's digits as it does the characters around them. */
const SPACED_FIGURE = new RegExp(`(?<=[${CJK}])\\d(?: \\d)+(?=[${CJK}])`, 'g');

/** A figure followed by a unit it must be a number for: its look-alike letters are digits wherever it appears, a title included. */
const FIGURE_BEFORE_UNIT = /(?<![A-Za-z])[0-9OoIl|]*\d[0-9OoIl|]*(?=年|月|日|号|学时|课时|学分)/g;

/**
 * A certificate's border, seal or ornament read as text leaves strays at the
 * ends of a line, set off from it by a wide gap: "旧   学时:32      上". A piece
 * of one or two characters with no digit, at either end of a line that has
 * more, is such a stray, unless the piece before it is a label waiting for it.
 */
const WIDE_GAP = /[ \t\u00a0\u3000]{3,}/;

function dropStrays(line: string): string {
  const pieces = line.split(WIDE_GAP).map((piece) => piece.trim()).filter((piece) => piece !== '');
  const stray = (piece: string) => [...piece].length <= 2 && !/\d/.test(piece);
  while (pieces.length > 1 && stray(pieces[0] as string)) pieces.shift();
  while (pieces.length > 1 && stray(pieces.at(-1) as string) && !/[:：]$/.test(pieces.at(-2) as string)) pieces.pop();
  // A line that is one stray sign ("\\", "|", "N") is no text at all.
  if (pieces.length === 1 && [...(pieces[0] as string)].length === 1 && !/[\d\u3400-\u9fff]/.test(pieces[0] as string)) return '';
  return pieces.join('   ');
}

/** OCR reads the dash of a date range (2026.01.22—01.26, 5月7日—9日) as 一 ("one"): between two dates it is the dash. */
const DASH_READ_AS_ONE = /(?<=\d日?) ?[一―－] ?(?=\d)/g;

/**
 * A figure touching a character the engine doubted (7�5, 2026.0�.22) is no
 * figure: all of it becomes doubtful, so neither "5" nor "22" is taken for it.
 */
const FIGURE_WITH_DOUBT = new RegExp(`(?:[0-9.] ?)*${DOUBT}(?: ?[0-9.${DOUBT}])*`, 'g');

export function normaliseLine(line: string): string {
  return dropBlanks(dropStrays(line).normalize('NFKC').replace(FIGURE_WITH_DOUBT, (run) => DOUBT.repeat(run.replace(/ /g, '').length)).replace(/[ \t\u00a0\u3000]+/g, ' '))
    .replace(DASH_READ_AS_ONE, '—')
    .replace(/ ?: ?/g, ':')
    .replace(SPACED_FIGURE, (run) => run.replace(/ /g, ''))
    .replace(FIGURE_BEFORE_UNIT, (run) => readDigits(run) ?? run)
    .trim();
}

export function normaliseLines(text: string, labels: readonly string[]): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map(normaliseLine)
    .filter((line) => line !== '');
  const bareLabel = new RegExp(`^(?:${labels.join('|')})(?::)?$`);
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const next = lines[index + 1];
    if (bareLabel.test(line) && next !== undefined && !bareLabel.test(next)) {
      joined.push(`${line.replace(/:$/, '')}:${next}`);
      index += 1;
    } else {
      joined.push(line);
    }
  }
  return joined;
}
