import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT = join(ROOT, 'content');
/** The published texts the content is checked against (content/sources/README.md names each). */
export const SOURCES = join(CONTENT, 'sources');
/** The notice as published, byte for byte. */
export const SEED = join(SOURCES, 'henan-2025-notice.txt');
/** The State Council holiday schedules for 2025 and 2026. */
export const HOLIDAYS = join(SOURCES, 'holidays-2025-2026.md');
/** The national rule (人社部令第25号), the articles the rules schema keeps. */
export const NATIONAL_RULE = join(SOURCES, 'national-rule.md');

export interface MarkdownFile {
  file: string;
  data: unknown;
  body: string;
}

/** Front matter and body of a Markdown file, read the way Astro's loader sees them (YAML 1.1: unquoted dates become Dates). */
export function readMarkdown(path: string): MarkdownFile {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no front matter`);
  return { file: relative(ROOT, path), data: parse(match[1] ?? '', { version: '1.1' }), body: match[2] ?? '' };
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function filesIn(folder: string, extension: string): string[] {
  return readdirSync(join(CONTENT, folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(CONTENT, folder, name));
}

export interface SeedNotice {
  /** Paragraph lines of the notice, from the title to the contact line, trimmed, without the attachment list. */
  noticeLines: string[];
  /** The attachment's bases, in order, as [number, name]. */
  bases: [number, string][];
}

export function readSeed(): SeedNotice {
  const lines = readFileSync(SEED, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const titleIndex = lines.findIndex((line) => line.startsWith('河南省人力资源和社会保障厅关于'));
  const contactIndex = lines.findIndex((line) => line.startsWith('（联系单位'));
  const bases = lines
    .map((line) => /^(\d+)\.(.+)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match): [number, string] => [Number(match[1]), (match[2] ?? '').trim()]);
  return { noticeLines: lines.slice(titleIndex, contactIndex + 1), bases };
}
