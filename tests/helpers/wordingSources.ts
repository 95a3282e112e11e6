import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every source of user-facing wording that tests/content/wording.test.ts holds to
 * the rules of wordingRules.ts. The one place to add a source (e.g. src/i18n/zhCN.ts,
 * src/core/rules/describe.ts, src/core/ics/, src/core/pdf/, src/core/csv/).
 */
export interface WordingSource {
  /** A file or folder, relative to the repository root. */
  path: string;
  /** For a folder: the file endings to read, and whether to descend into subfolders. */
  extensions?: readonly string[];
  recursive?: boolean;
  /** Files or folders (relative to the root, prefix match) left out. */
  exclude?: readonly string[];
  /** A folder that may not exist yet. */
  optional?: boolean;
  /** Which part of each file is our wording: all of it, or only a Markdown file's front matter. */
  part: 'whole' | 'frontMatter';
}

export const WORDING_SOURCES: readonly WordingSource[] = [
  { path: 'content/guidance', extensions: ['.md'], part: 'whole' },
  // The body is the notice's own text, checked word for word against content/sources instead.
  { path: 'content/policy', extensions: ['.md'], part: 'frontMatter' },
  {
    path: 'src/pages',
    extensions: ['.astro'],
    recursive: true,
    part: 'whole',
  },
  { path: 'src/i18n', extensions: ['.ts'], part: 'whole' },
  { path: 'src/islands', extensions: ['.tsx', '.ts'], recursive: true, part: 'whole' },
  { path: 'src/core/vocabulary.ts', part: 'whole' },
  { path: 'src/core/rules', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/calendar', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/hours', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/evidence', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/overview', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/declare', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/pdf', extensions: ['.ts'], part: 'whole' },
  // legacyLabels.ts holds the old words on purpose: they are read from old spreadsheets, never shown.
  { path: 'src/core/csv', extensions: ['.ts'], exclude: ['src/core/csv/legacyLabels.ts'], part: 'whole' },
  { path: 'src/core/forms', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/schemas/entry.ts', part: 'whole' },
  { path: 'src/core/entries', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/certificate', extensions: ['.ts'], part: 'whole' },
  { path: 'src/core/unit', extensions: ['.ts'], part: 'whole' },
  { path: 'src/layouts', extensions: ['.astro'], recursive: true, part: 'whole' },
  { path: 'src/components', extensions: ['.astro', '.tsx', '.ts'], recursive: true, optional: true, part: 'whole' },
  { path: 'src/site.config.ts', part: 'whole' },
  { path: 'public/manifest.webmanifest', part: 'whole' },
];

export interface WordingText {
  /** Relative to the repository root. */
  file: string;
  text: string;
}

function filesIn(root: string, folder: string, source: WordingSource): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (source.exclude?.some((prefix) => path.startsWith(prefix))) return [];
    if (entry.isDirectory()) return source.recursive ? filesIn(root, path, source) : [];
    return source.extensions?.some((ending) => entry.name.endsWith(ending)) ? [path] : [];
  });
}

function frontMatter(file: string, text: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return match[1] ?? '';
}

/** The texts of every wording source under `root`, in a stable order. */
export function readWordingSources(root: string, sources: readonly WordingSource[] = WORDING_SOURCES): WordingText[] {
  return sources.flatMap((source) => {
    const absolute = join(root, source.path);
    if (!existsSync(absolute)) {
      if (source.optional) return [];
      throw new Error(`wording source ${source.path} does not exist`);
    }
    const files = statSync(absolute).isDirectory() ? filesIn(root, source.path, source).sort() : [source.path];
    return files.map((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return { file, text: source.part === 'frontMatter' ? frontMatter(file, text) : text };
    });
  });
}
