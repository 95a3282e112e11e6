import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

/**
 * The island and the site scripts hold no words of their own: what the person
 * reads comes from src/i18n (or core's vocabulary). A CJK character left in
 * their code, once comments are removed, is a word that escaped.
 */
const FOLDERS = ['src/islands', 'src/pageScripts'];

/** CJK punctuation (U+3000–U+303F), the unified ideographs (U+4E00–U+9FFF), full-width forms (U+FF00–U+FFEF). */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

/** After these, a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = /^(?:[(,=:[!&|?{};+\-*%~^]|return|typeof|case|)$/;

/**
 * The source with every // and block comment blanked out (newlines kept, so
 * line numbers hold). Quotes, template literals (with their ${…} parts) and
 * regular expressions are read as such, so a '//' in a URL or a regex is no
 * comment. JSX text is left as code: a word in it is a word. An apostrophe in
 * JSX text would be read as a quote; the island's text is Chinese, so it has none.
 */
export function stripComments(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k += 1) if (out[k] !== '\n') out[k] = ' ';
  };
  // Depth of ${ … } inside template literals: each entry counts the open braces of that expression.
  const templates: number[] = [];
  let i = 0;
  let last = ''; // the last word or punctuation mark, for telling a regex from a division
  const skipString = (quote: string) => {
    i += 1;
    while (i < source.length && source[i] !== quote && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
    i += 1;
  };
  const skipTemplate = () => {
    // i is just after a ` or a closing } of ${…}
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i += 1;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        templates.push(0);
        return;
      } else i += 1;
    }
  };
  while (i < source.length) {
    const c = source[i] ?? '';
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      skipString(c);
      last = 'x';
    } else if (c === '`') {
      i += 1;
      skipTemplate();
      last = 'x';
    } else if (c === '{' && templates.length > 0) {
      templates[templates.length - 1] = (templates.at(-1) ?? 0) + 1;
      i += 1;
      last = '{';
    } else if (c === '}' && templates.length > 0 && templates.at(-1) === 0) {
      templates.pop();
      i += 1;
      skipTemplate();
      last = 'x';
    } else if (c === '}' && templates.length > 0) {
      templates[templates.length - 1] = (templates.at(-1) ?? 1) - 1;
      i += 1;
      last = '}';
    } else if (c === '/' && BEFORE_REGEX.test(last)) {
      // A regular expression literal: to the closing / outside a character class.
      let inClass = false;
      i += 1;
      while (i < source.length && source[i] !== '\n') {
        const r = source[i];
        if (r === '\\') i += 2;
        else {
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          i += 1;
        }
      }
      i += 1;
      last = 'x';
    } else if (/[\w$]/.test(c)) {
      // A whole word or number, so `return /x/` reads as a regex and `a / b` as a division.
      let end = i;
      while (end < source.length && /[\w$]/.test(source[end] ?? '')) end += 1;
      last = source.slice(i, end);
      i = end;
    } else {
      if (!/\s/.test(c)) last = c;
      i += 1;
    }
  }
  return out.join('');
}

/** "file:line: text" for each line whose code (comments removed) holds a CJK character. */
export function inlineWords(file: string, source: string): string[] {
  return stripComments(source)
    .split('\n')
    .flatMap((line, index) => (CJK.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the comment stripper and the detector', () => {
  it.each([
    ['a string literal', "const a = '公需科目';", 1],
    ['a template literal', 'const b = `${hours} 学时`;', 1],
    ['JSX text', '<p>学时</p>', 1],
    ['a JSX attribute', '<nav aria-label="记录翻页">', 1],
    ['full-width punctuation only', "const c = '：';", 1],
    ['CJK punctuation only', "const d = '。';", 1],
    ['a word after a URL on the same line', "const e = 'https://example.com'; const f = '学时';", 1],
    ['a block comment sign inside a string', 'const g = "a /* not a comment */ 学时";', 1],
    ['code after a closed block comment', "/* 注释 */ const h = '学时';", 1],
    ['a template expression holding a string', "const i = `${ok ? '是' : ''}`;", 1],
    ['a word after a regular expression holding quotes and slashes', "const j = /[\"'\\/]+/u.test(x) ? '是' : '';", 1],
    ['a line comment', '// 公需科目', 0],
    ['a trailing line comment', 'const k = 1; // 公需科目', 0],
    ['a block comment over lines', '/**\n * 公需科目\n */\nconst l = 1;', 0],
    ['a JSX comment', '{/* 公需科目 */}', 0],
    ['a comment after a URL', "const m = 'https://example.com'; // 公需科目", 0],
    ['a comment after a template literal with a URL', 'const n = `https://${host}/`; // 学时', 0],
    ['a comment after a division', 'const o = a / b; // 学时', 0],
    ['escaped ranges in a regular expression', 'const p = /[\\u4e00-\\u9fff]/;', 0],
  ])('%s', (_name, source, found) => {
    expect(inlineWords('sample.ts', source)).toHaveLength(found);
  });

  it('names the file and line of a word that escaped', () => {
    expect(inlineWords('src/islands/Bad.tsx', "// fine\nconst ok = 1;\nconst bad = '待申报';")).toEqual(["src/islands/Bad.tsx:3: const bad = '待申报';"]);
  });
});

describe('src/islands and src/pageScripts hold no words of their own', () => {
  it('no CJK character outside comments', () => {
    const files = FOLDERS.flatMap((folder) => sourceFilesUnder(join(ROOT, folder))).sort();
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((path) => inlineWords(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect(found, `Move these words into src/i18n (or use core/vocabulary):\n${found.join('\n')}`).toEqual([]);
  });
});
