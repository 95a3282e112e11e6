import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const CORE = join(ROOT, 'src', 'core');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// src/core must stay pure and deterministic: data in, data out, the clock passed in.
const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"](preact|dexie|jspdf|workbox-window)/, 'imports a UI, storage, PDF or service-worker library'],
  [/from\s+['"]astro/, 'imports astro'],
  [/from\s+['"]node:/, 'imports a Node built-in'],
  [/\b(document|window|localStorage|indexedDB|navigator|fetch)\b\s*[.(]/, 'touches the DOM or the network'],
  [/Date\.now\(|new Date\(\s*\)/, 'reads the clock'],
  [/Math\.random\(/, 'is not deterministic'],
];

describe('src/core purity', () => {
  const files = sourceFiles(CORE);

  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s has no I/O, UI or clock', (_name, file) => {
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
    expect(found).toEqual([]);
  });
});
