import { SHEET_LIMITS, SHEET_LIMIT_MESSAGES } from './sheetLimits';

/**
 * A single forward pass over a workbook part's XML. Each character is looked at
 * a bounded number of times, so a crafted part (thousands of unclosed elements,
 * a tag without its `>`) costs no more than its length: regular expressions
 * that search ahead for a closing tag from every opening one take quadratic
 * time on exactly those parts. Elements and attributes are named by their local
 * name (`<x:row>` is `row`); namespace declarations are not attributes. A
 * document type or entity declaration is refused: spreadsheet parts never have
 * one, and expanding entities is how a small file becomes gigabytes.
 */

export type XmlAttributes = Record<string, string>;

/** A handler returns a message to stop the scan with it (a limit passed). */
export interface XmlEvents {
  open?(name: string, attributes: XmlAttributes, selfClosing: boolean): string | void;
  close?(name: string): string | void;
  /** Text of the element open now, entities decoded (CDATA as written); called only while `wantsText` is true. */
  text?(text: string): string | void;
  wantsText?: () => boolean;
}

export interface ScanOptions {
  /** Called with the share of the part read so far, every 256 K characters. */
  onProgress?: ((fraction: number) => void) | undefined;
  /** Message for a part that is not well-formed XML. */
  damaged: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is left as written (there is no DTD to define it). */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const [LT, GT, SLASH, EQUALS, QUOTE, APOSTROPHE] = ['<', '>', '/', '=', '"', "'"].map((char) => char.charCodeAt(0)) as [number, number, number, number, number, number];

/**
 * Where the start tag beginning at `from` ends (its `>`), skipping a `>` inside
 * a quoted attribute value; -1 if it never does, or if a `<` comes first (no
 * `<` belongs inside a tag, even in a value: the tag was left unclosed).
 */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let at = from; at < xml.length; at += 1) {
    const code = xml.charCodeAt(at);
    if (code === LT) return -1;
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === QUOTE || code === APOSTROPHE) quote = code;
    else if (code === GT) return at;
  }
  return -1;
}

/** The attributes of a start tag, written between `from` and `to`; undefined when they are not well-formed. */
function attributesOf(xml: string, from: number, to: number): XmlAttributes | undefined {
  const attributes: XmlAttributes = {};
  let at = from;
  while (at < to) {
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    if (at >= to) break;
    const nameStart = at;
    while (at < to && xml.charCodeAt(at) !== EQUALS && !isSpace(xml.charCodeAt(at))) at += 1;
    const name = xml.slice(nameStart, at);
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    if (xml.charCodeAt(at) !== EQUALS || name === '') return undefined;
    at += 1;
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    const quote = xml.charCodeAt(at);
    if (quote !== QUOTE && quote !== APOSTROPHE) return undefined;
    const end = xml.indexOf(quote === QUOTE ? '"' : "'", at + 1);
    if (end < 0 || end >= to) return undefined;
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) attributes[localName(name)] = decodeXml(xml.slice(at + 1, end));
    at = end + 1;
  }
  return attributes;
}

const PROGRESS_STEP = 256 * 1024;

/** Reads `xml` once from start to end; undefined when it was read whole, else why it stopped. */
export function scanXml(xml: string, events: XmlEvents, options: ScanOptions): string | undefined {
  const open: string[] = [];
  let at = 0;
  let nextReport = PROGRESS_STEP;
  const text = (raw: string, cdata: boolean) => (events.text && events.wantsText?.() ? events.text(cdata ? raw : decodeXml(raw)) : undefined);
  while (at < xml.length) {
    if (at >= nextReport) {
      options.onProgress?.(at / xml.length);
      nextReport = at + PROGRESS_STEP;
    }
    const lt = xml.indexOf('<', at);
    if (lt < 0) break;
    if (lt > at && open.length > 0) {
      const stop = text(xml.slice(at, lt), false);
      if (stop !== undefined) return stop;
    }
    const next = xml[lt + 1];
    if (next === '?') {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return options.damaged;
      at = end + 2;
    } else if (next === '!') {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return options.damaged;
        at = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return options.damaged;
        const stop = text(xml.slice(lt + 9, end), true);
        if (stop !== undefined) return stop;
        at = end + 3;
      } else return SHEET_LIMIT_MESSAGES.declaration;
    } else if (next === '/') {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return options.damaged;
      const name = localName(xml.slice(lt + 2, end).trim());
      if (open.pop() !== name) return options.damaged;
      const stop = events.close?.(name);
      if (stop !== undefined) return stop;
      at = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end < 0) return options.damaged;
      const selfClosing = xml.charCodeAt(end - 1) === SLASH;
      const inside = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      while (nameEnd < inside && !isSpace(xml.charCodeAt(nameEnd))) nameEnd += 1;
      const name = localName(xml.slice(lt + 1, nameEnd));
      const attributes = attributesOf(xml, nameEnd, inside);
      if (name === '' || attributes === undefined) return options.damaged;
      if (!selfClosing) {
        open.push(name);
        if (open.length > SHEET_LIMITS.xmlDepth) return SHEET_LIMIT_MESSAGES.tooDeep(SHEET_LIMITS.xmlDepth);
      }
      const stop = events.open?.(name, attributes, selfClosing) ?? (selfClosing ? events.close?.(name) : undefined);
      if (stop !== undefined) return stop;
      at = end + 1;
    }
  }
  return open.length > 0 ? options.damaged : undefined;
}
