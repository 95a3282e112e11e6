import { SHEET_LIMITS, SHEET_LIMIT_MESSAGES } from "./sheetLimits";

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
  open?(
    name: string,
    attributes: XmlAttributes,
    selfClosing: boolean,
  ): string | void;
  close?(name: string): string | void;
  /** Text of the element open now, entities decoded (CDATA as written); called only while `wantsText` is true. */
  text?(text: string): string | void;
  wantsText?: () => boolean;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The five predefined entities and character references; anything else is left as written (there is no DTD to define it). */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi,
    (whole, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

const isSpace = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const [LT, GT, SLASH, EQUALS, QUOTE, APOSTROPHE] = [
  "<",
  ">",
  "/",
  "=",
  '"',
  "'",
].map((char) => char.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
  number,
  number,
];

/**
 * Where the start tag beginning at `from` ends (its `>`), skipping a `>` inside
 * a quoted attribute value; -1 if it has not ended yet, DAMAGED_TAG if a `<`
 * comes first (no `<` belongs inside a tag, even in a value: it was left unclosed).
 */
const DAMAGED_TAG = -2;

function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let at = from; at < xml.length; at += 1) {
    const code = xml.charCodeAt(at);
    if (code === LT) return DAMAGED_TAG;
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === QUOTE || code === APOSTROPHE) quote = code;
    else if (code === GT) return at;
  }
  return -1;
}

/** The attributes of a start tag, written between `from` and `to`; undefined when they are not well-formed. */
function attributesOf(
  xml: string,
  from: number,
  to: number,
): XmlAttributes | undefined {
  const attributes: XmlAttributes = {};
  let at = from;
  while (at < to) {
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    if (at >= to) break;
    const nameStart = at;
    while (
      at < to &&
      xml.charCodeAt(at) !== EQUALS &&
      !isSpace(xml.charCodeAt(at))
    )
      at += 1;
    const name = xml.slice(nameStart, at);
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    if (xml.charCodeAt(at) !== EQUALS || name === "") return undefined;
    at += 1;
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    const quote = xml.charCodeAt(at);
    if (quote !== QUOTE && quote !== APOSTROPHE) return undefined;
    const end = xml.indexOf(quote === QUOTE ? '"' : "'", at + 1);
    if (end < 0 || end >= to) return undefined;
    if (name !== "xmlns" && !name.startsWith("xmlns:"))
      attributes[localName(name)] = decodeXml(xml.slice(at + 1, end));
    at = end + 1;
  }
  return attributes;
}

/** One tag, comment or CDATA section may be this long; longer, the part is refused (a cell's text has its own, smaller limit). */
const TOKEN_LIMIT = 1024 * 1024;
/** Fewer characters than this after a `<` may not tell a comment from a tag yet. */
const LOOKAHEAD = 9;

/**
 * The same pass, fed piece by piece as a part inflates, so a part is refused
 * at the first figure over a limit without being inflated whole. A token cut
 * by the end of a piece waits for the next; the text waiting is at least
 * doubled before it is looked at again, so a long token costs linear time.
 */
export class XmlScanner {
  private buffer = "";
  private needed = 0;
  private readonly open: string[] = [];
  private stopped: string | undefined;

  constructor(
    private readonly events: XmlEvents,
    private readonly damaged: string,
  ) {}

  /** Reads the next piece; a message once the scan has stopped (and for every piece after). */
  feed(piece: string): string | undefined {
    if (this.stopped !== undefined) return this.stopped;
    this.buffer += piece;
    if (this.buffer.length < this.needed) return undefined;
    this.stopped = this.run(false);
    return this.stopped;
  }

  /** The part has ended: anything left unread or unclosed makes it damaged. */
  finish(): string | undefined {
    if (this.stopped !== undefined) return this.stopped;
    this.stopped =
      this.run(true) ??
      (this.buffer !== "" || this.open.length > 0 ? this.damaged : undefined);
    return this.stopped;
  }

  private text(raw: string, cdata: boolean): string | undefined {
    if (
      this.open.length === 0 ||
      !this.events.text ||
      !this.events.wantsText?.()
    )
      return undefined;
    return this.events.text(cdata ? raw : decodeXml(raw)) ?? undefined;
  }

  /** Reads complete tokens from the buffer; keeps an unfinished one for the next piece. */
  private run(last: boolean): string | undefined {
    const xml = this.buffer;
    let at = 0;
    const wait = (from: number): undefined => {
      this.buffer = xml.slice(from);
      this.needed = last ? 0 : Math.max(64 * 1024, this.buffer.length * 2);
      return undefined;
    };
    while (at < xml.length) {
      const lt = xml.indexOf("<", at);
      if (lt < 0) {
        // An entity cut at the end of the piece waits to be decoded whole.
        const amp = xml.lastIndexOf("&");
        const cut =
          !last && amp >= at && xml.length - amp < 12 ? amp : xml.length;
        const stop = this.text(xml.slice(at, cut), false);
        if (stop !== undefined) return stop;
        return wait(cut);
      }
      if (lt > at) {
        const stop = this.text(xml.slice(at, lt), false);
        if (stop !== undefined) return stop;
        at = lt;
      }
      if (!last && xml.length - lt < LOOKAHEAD) return this.pending(lt, wait);
      const next = xml[lt + 1];
      if (next === "?" || next === "!") {
        const closer =
          next === "?"
            ? "?>"
            : xml.startsWith("<!--", lt)
              ? "-->"
              : xml.startsWith("<![CDATA[", lt)
                ? "]]>"
                : undefined;
        if (closer === undefined) return SHEET_LIMIT_MESSAGES.declaration;
        const opener = closer === "]]>" ? 9 : closer === "-->" ? 4 : 2;
        const end = xml.indexOf(closer, lt + opener);
        if (end < 0) return last ? this.damaged : this.pending(lt, wait);
        if (closer === "]]>") {
          const stop = this.text(xml.slice(lt + 9, end), true);
          if (stop !== undefined) return stop;
        }
        at = end + closer.length;
      } else if (next === "/") {
        const end = xml.indexOf(">", lt + 2);
        if (end < 0) return last ? this.damaged : this.pending(lt, wait);
        const name = localName(xml.slice(lt + 2, end).trim());
        if (this.open.pop() !== name) return this.damaged;
        const stop = this.events.close?.(name);
        if (stop !== undefined) return stop;
        at = end + 1;
      } else {
        const end = tagEnd(xml, lt + 1);
        if (end === DAMAGED_TAG || (end < 0 && last)) return this.damaged;
        if (end < 0) return this.pending(lt, wait);
        const selfClosing = xml.charCodeAt(end - 1) === SLASH;
        const inside = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        while (nameEnd < inside && !isSpace(xml.charCodeAt(nameEnd)))
          nameEnd += 1;
        const name = localName(xml.slice(lt + 1, nameEnd));
        const attributes = attributesOf(xml, nameEnd, inside);
        if (name === "" || attributes === undefined) return this.damaged;
        if (!selfClosing) {
          this.open.push(name);
          if (this.open.length > SHEET_LIMITS.xmlDepth)
            return SHEET_LIMIT_MESSAGES.tooDeep(SHEET_LIMITS.xmlDepth);
        }
        const stop =
          this.events.open?.(name, attributes, selfClosing) ??
          (selfClosing ? this.events.close?.(name) : undefined);
        if (stop !== undefined) return stop;
        at = end + 1;
      }
    }
    return wait(xml.length);
  }

  private pending(
    from: number,
    wait: (from: number) => undefined,
  ): string | undefined {
    return this.buffer.length - from > TOKEN_LIMIT ? this.damaged : wait(from);
  }
}

/** Reads a whole part given as one string; undefined when it was read whole, else why it stopped. */
export function scanXml(
  xml: string,
  events: XmlEvents,
  options: { damaged: string },
): string | undefined {
  const scanner = new XmlScanner(events, options.damaged);
  return scanner.feed(xml) ?? scanner.finish();
}
