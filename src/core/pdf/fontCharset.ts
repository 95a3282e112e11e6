/** The characters the PDF font must cover, besides the 8105 of 通用规范汉字表 (assets/fonts/tgh-8105.txt). */
export const REQUIRED_RANGES: readonly [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0x3001, 0x3002], // 、。
  [0xff01, 0xff1f], // fullwidth punctuation and digits
];

/** Reads the committed 8105-character list (one header line starting with #). */
export function parseCharacterList(text: string): string[] {
  return [
    ...text
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .join(''),
  ];
}

/** Required characters the font does not cover; empty when the font is fit for the summary. */
export function missingRequiredCharacters(covered: ReadonlySet<number>, listed: readonly string[]): string[] {
  const missing: string[] = [];
  for (const [from, to] of REQUIRED_RANGES) {
    for (let code = from; code <= to; code += 1) if (!covered.has(code)) missing.push(String.fromCodePoint(code));
  }
  for (const char of listed) if (!covered.has(char.codePointAt(0) ?? 0)) missing.push(char);
  return missing;
}
