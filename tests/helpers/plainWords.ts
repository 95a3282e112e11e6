/**
 * Words a person should not meet in a button, heading or hint (issue 23): file
 * formats, encodings and MB figures. They belong in 文件格式说明, the collapsed
 * note beside a file control, where the wording keys end in `Format`; file
 * names (keys ending in `FileName`) stay technical too.
 */
export const TECHNICAL_WORDS = /CSV|\bzip\b|\.xlsx|UTF-8|GBK|制表符|\b[KM]B\b|JPE?G|PNG|WebP|GIF/i;

/** A wording key that may hold technical words: 文件格式说明 text or a file name. */
export const mayBeTechnical = (key: string) => /(Format|FileName)$/.test(key);

/** Sample arguments a wording function is tried with, until one gives a string. */
const SAMPLES: readonly unknown[] = [2, '甲', ['甲', '乙']];

/** Every string a wording module gives, with its key path: strings as they are, functions called with sample arguments. */
export function wordingStrings(value: unknown, path: string): { path: string; key: string; text: string }[] {
  const key = path.split('.').pop() ?? path;
  if (typeof value === 'string') return [{ path, key, text: value }];
  if (typeof value === 'function') {
    for (const sample of SAMPLES) {
      try {
        const text: unknown = (value as (...args: unknown[]) => unknown)(...Array.from({ length: Math.max(value.length, 1) }, () => sample));
        if (typeof text === 'string') return [{ path, key, text }];
      } catch {
        // Another sample may suit this function's arguments.
      }
    }
    return [];
  }
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([name, inner]) => wordingStrings(inner, `${path}.${name}`));
  return [];
}
