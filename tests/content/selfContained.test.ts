import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { findPathEscapes, fromRoot } from '../helpers/pathEscapes';

/** Folders whose every file is code, tests, scripts or CI, and the configs at the root. */
const SCANNED_FOLDERS = ['src', 'tests', 'scripts', 'bench', '.ci'];
const ROOT_CONFIGS = ['astro.config.ts', 'vitest.config.ts', 'playwright.config.ts', 'package.json', 'tsconfig.json'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Text files only: a NUL byte marks a binary (fixtures such as backup zips). */
function readText(path: string): string | undefined {
  const bytes = readFileSync(path);
  return bytes.includes(0) ? undefined : bytes.toString('utf8');
}

// Examples are assembled from parts, so this file holds none of them literally.
const UP = '.' + '.';
const SIBLING = ['', 'shared', 'seed'].join('/');

describe('findPathEscapes', () => {
  it.each([
    ['an import leaving the root from a nested folder', 'tests/content/x.test.ts', `import a from '${UP}/${UP}/${UP}/other/a';`],
    ['a read of a sibling folder from a root config', 'vitest.config.ts', `readFileSync('${UP}/notes.md')`],
    ['a URL two levels up from a one-level file', 'scripts/x.mjs', `new URL('${UP}/${UP}/x/', import.meta.url)`],
    ['a join above the repository root', 'tests/helpers/content.ts', `join(ROOT, '${UP}', 'other', 'a.txt')`],
    ['a join with a combined segment', 'tests/helpers/content.ts', `join(ROOT, '${UP}/other')`],
    ['a join above the folder of the file', 'bench/x.ts', `join(import.meta.dirname, '${UP}', '${UP}', 'x')`],
    ['a join from an unknown base (taken as the root)', 'src/x.ts', `resolve(CONTENT, '${UP}', '${UP}')`],
    ['a shell step up from the root', '.ci/run', `cd "$(dirname "$0")/${UP}" && cp ${UP}/${UP}/x .`],
    ['the workspace folder in a comment', 'src/x.ts', `// kept in ${SIBLING.slice(1)}/a.txt beside us, see ${SIBLING}`],
    ['the workspace folder as an absolute path', 'tests/x.ts', `readFileSync('/work${SIBLING}/a.txt')`],
  ])('flags %s', (_label, file, text) => {
    expect(findPathEscapes(file, text)).not.toEqual([]);
  });

  it.each([
    ['imports inside the repository', 'tests/unit/core/x.test.ts', `import { a } from '${UP}/${UP}/${UP}/src/core/a';\nimport b from './b';`],
    ['a URL to the repository root', 'tests/helpers/content.ts', `new URL('${UP}/${UP}/', import.meta.url)`],
    ['a join to the root from a one-level folder', 'bench/engine.ts', `join(import.meta.dirname, '${UP}', 'content')`],
    ['joins inside the repository from the root', 'tests/helpers/content.ts', `join(ROOT, 'content', 'sources', name)`],
    ['a join that goes up and back down inside', 'tests/x.ts', `join(ROOT, 'content', '${UP}', 'src')`],
    ['a spread, an ellipsis and a range', 'src/x.ts', `f(...args); const s = 'wait...'; // 1${UP}5; a/${UP}/b`],
    ['the step to the root of the CI script', '.ci/run', `cd "$(dirname "$0")/${UP}"`],
    ['a folder merely named shared', 'src/x.ts', `import a from './shared/seeds';`],
  ])('does not flag %s', (_label, file, text) => {
    expect(findPathEscapes(file, text)).toEqual([]);
  });
});

describe('the repository is self-contained', () => {
  it('no code, test, script, benchmark, CI step or root config refers to a path above the repository root', () => {
    const files = [...SCANNED_FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder))), ...ROOT_CONFIGS.map((name) => join(ROOT, name))];
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((path) => fromRoot(ROOT, path))).toContain('tests/content/selfContained.test.ts');
    const problems: string[] = [];
    for (const path of files) {
      if (!statSync(path).isFile()) continue;
      const text = readText(path);
      if (text === undefined) continue;
      const file = fromRoot(ROOT, path);
      for (const problem of findPathEscapes(file, text)) problems.push(`${file}:${problem.line}: ${problem.excerpt} (${problem.reason})`);
    }
    expect(problems).toEqual([]);
  });
});
