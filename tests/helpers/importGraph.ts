import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One import of a source file: the written specifier and, for a relative one, the file it resolves to (relative to the root). */
export interface ImportEdge {
  specifier: string;
  /** Null for a package import. */
  target: string | null;
  /** `import type` (erased at build) or a runtime import. */
  typeOnly: boolean;
}

const SOURCE = /\.(ts|tsx|astro|mjs)$/;
// Static imports and re-exports, `import type` included; dynamic import() calls separately.
const STATIC = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    return statSync(join(root, path)).isDirectory() ? sourceFiles(root, path) : SOURCE.test(name) ? [path] : [];
  });
}

function resolveRelative(root: string, from: string, specifier: string): string | null {
  // A Vite query (`./textSize.js?url`) names the same file.
  const base = resolve(root, dirname(from), specifier.replace(/\?[\w&=]*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split('\\').join('/');
  }
  return null;
}

/** The imports of a file (its frontmatter and scripts, for .astro). Comments are dropped first. */
export function importsOf(root: string, file: string): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    edges.push({ specifier, typeOnly, target: specifier.startsWith('.') ? resolveRelative(root, file, specifier) : null });
  for (const match of text.matchAll(STATIC)) add(match[3] ?? '', match[2] !== undefined);
  for (const match of text.matchAll(DYNAMIC)) add(match[1] ?? '', false);
  return edges;
}

/** Every cycle of runtime imports among the files, each as the list of files around it. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
