/** Encodes text as GBK (two-byte GB18030), the way Excel and WPS on Chinese Windows save CSV. Built from the platform's decoder. */
let table: Map<string, number[]> | undefined;

export function encodeGbk(text: string): Uint8Array {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(char);
      if (!bytes) throw new Error(`no GBK code for ${char}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
