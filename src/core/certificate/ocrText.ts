/**
 * The text of an OCR reading, with the engine's doubts kept. A character the
 * engine read with less than DOUBTFUL_BELOW confidence becomes DOUBT, so a
 * field that holds one is never filled as sure: on certificates the engine's
 * own garbage (a seal, a border, a shadow read as text) came with confidences
 * in the 40s to 80s, while print it read right came with 90 and above.
 * Words set far apart on a line (more than a character and a half) keep a wide
 * gap, which the line cleaner uses to drop strays at a line's ends.
 */
export const DOUBT = '\uFFFD';
export const DOUBTFUL_BELOW = 90;

const FIGURE = /[0-9.\ufffd]/;
const CJK_OR_DOUBT = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\ufffd]/;

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  bbox: OcrBox;
  symbols: readonly { text: string; confidence: number }[];
}

export interface OcrLine {
  words: readonly OcrWord[];
}

export function textFromOcrLines(lines: readonly OcrLine[], doubtfulBelow = DOUBTFUL_BELOW): string {
  return lines
    .map((line) => {
      let text = '';
      let previous: OcrBox | null = null;
      for (const word of line.words) {
        const height = Math.max(1, word.bbox.y1 - word.bbox.y0, previous ? previous.y1 - previous.y0 : 0);
        const read = word.symbols.map((symbol) => (symbol.confidence < doubtfulBelow ? DOUBT : symbol.text)).join('');
        if (previous) {
          // The engine's "words" in Chinese are runs of characters: written together, as the engine's own text does.
          // So are the pieces of one figure ("7." and "5"): a blank inside it would leave "5" to be read alone.
          const joined = (CJK_OR_DOUBT.test(text.slice(-1)) && CJK_OR_DOUBT.test(read.slice(0, 1))) || (FIGURE.test(text.slice(-1)) && FIGURE.test(read.slice(0, 1)));
          text += word.bbox.x0 - previous.x1 > height * 1.5 ? '   ' : joined ? '' : ' ';
        }
        text += read;
        previous = word.bbox;
      }
      return text;
    })
    .join('\n');
}
