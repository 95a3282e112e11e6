/**
 * Reading a spreadsheet file as people have them: Excel and WPS on Chinese
 * Windows save CSV as GBK (GB18030) by default, "CSV UTF-8" adds a BOM,
 * "Unicode text" is UTF-16 with tabs, and European settings use semicolons.
 */

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type CsvDelimiter = ',' | ';' | '\t';

export const ENCODING_LABELS: Record<CsvEncoding, string> = {
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-8': 'UTF-8',
  gb18030: 'GBK/GB18030（中文版 Excel、WPS 的默认编码）',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

export const DELIMITER_LABELS: Record<CsvDelimiter, string> = { ',': '逗号', ';': '分号', '\t': '制表符（Tab）' };

export type DecodeResult = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; message: string };

const UNREADABLE =
  '无法识别表格的文字编码（既不是 UTF-8，也不是 GBK/GB18030），可能不是表格文件。请在 Excel 或 WPS 中“另存为”，文件类型选“CSV UTF-8（逗号分隔）”后再导入';

function strictly(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The file's text and which encoding it was in; refuses bytes no candidate decodes cleanly. */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  const attempt = (encoding: CsvEncoding, label: string, skip: number): DecodeResult | undefined => {
    const text = strictly(label, bytes.subarray(skip));
    return text === undefined || text.includes('\u0000') ? undefined : { ok: true, text, encoding };
  };
  const found = starts(0xef, 0xbb, 0xbf)
    ? attempt('utf-8-bom', 'utf-8', 3)
    : starts(0xff, 0xfe)
      ? attempt('utf-16le', 'utf-16le', 2)
      : starts(0xfe, 0xff)
        ? attempt('utf-16be', 'utf-16be', 2)
        : (attempt('utf-8', 'utf-8', 0) ?? attempt('gb18030', 'gb18030', 0));
  return found ?? { ok: false, message: UNREADABLE };
}

/** The delimiter of the header line: whichever of comma, semicolon and tab it holds most of (outside quotes); comma by default. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text.slice(0, 10_000)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
    } else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const best = (['\t', ';', ','] as const).reduce((winner, candidate) => (counts[candidate] > counts[winner] ? candidate : winner), ',' as CsvDelimiter);
  return best;
}
