import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { importCycles, importsOf, sourceFiles, type ImportEdge } from '../helpers/importGraph';

/**
 * Where each library and layer may be used. Each rule names the files it covers
 * and the imports they may not have; a rule is broken by a runtime import
 * (`import type` is erased at build and crosses no boundary).
 */
const RULES: { name: string; files: (file: string) => boolean; forbidden: (edge: ImportEdge) => boolean }[] = [
  {
    name: 'src/core is pure: no Preact, Dexie, jsPDF, workbox, Astro or Node built-ins',
    files: (file) => file.startsWith('src/core/'),
    forbidden: (edge) => /^(preact|dexie|jspdf|workbox-window|astro|node:)/.test(edge.specifier) || (edge.target !== null && !edge.target.startsWith('src/core/')),
  },
  { name: 'Dexie lives in src/db only', files: (file) => !file.startsWith('src/db/'), forbidden: (edge) => /^dexie(\/|$)/.test(edge.specifier) },
  { name: 'jsPDF lives in src/pdf only', files: (file) => !file.startsWith('src/pdf/'), forbidden: (edge) => /^jspdf(\/|$)/.test(edge.specifier) },
  { name: 'workbox-window lives in src/pwa only', files: (file) => !file.startsWith('src/pwa/'), forbidden: (edge) => /^workbox-window(\/|$)/.test(edge.specifier) },
  { name: 'static pages never reach the database', files: (file) => file.startsWith('src/pages/') || file.startsWith('src/layouts/'), forbidden: (edge) => edge.target?.startsWith('src/db/') ?? false },
];

/** The rules a set of files breaks, as "file → import (rule)". */
export function boundaryProblems(edgesByFile: ReadonlyMap<string, readonly ImportEdge[]>): string[] {
  const problems: string[] = [];
  for (const [file, edges] of edgesByFile) {
    for (const rule of RULES) {
      if (!rule.files(file)) continue;
      for (const edge of edges) if (!edge.typeOnly && rule.forbidden(edge)) problems.push(`${file} → ${edge.specifier} (${rule.name})`);
    }
  }
  return problems;
}

const files = sourceFiles(ROOT, 'src');
const edgesByFile = new Map(files.map((file) => [file, importsOf(ROOT, file)]));

describe('the import graph of src/', () => {
  it('reads the whole tree, and every relative import resolves to a file', () => {
    expect(files.length).toBeGreaterThan(50);
    const unresolved = [...edgesByFile].flatMap(([file, edges]) => edges.filter((edge) => edge.specifier.startsWith('.') && edge.target === null).map((edge) => `${file} → ${edge.specifier}`));
    expect(unresolved).toEqual([]);
  });

  it('keeps every library and layer where it belongs', () => {
    expect(boundaryProblems(edgesByFile)).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map([...edgesByFile].map(([file, edges]) => [file, edges.filter((edge) => !edge.typeOnly && edge.target !== null).map((edge) => edge.target as string)]));
    expect(importCycles(graph)).toEqual([]);
  });

  it('catches a deliberately bad import of each kind', () => {
    const bad = new Map<string, ImportEdge[]>([
      ['src/core/rules/x.ts', [{ specifier: 'dexie', target: null, typeOnly: false }, { specifier: '../../db/database', target: 'src/db/database.ts', typeOnly: false }]],
      ['src/islands/X.tsx', [{ specifier: 'jspdf', target: null, typeOnly: false }, { specifier: 'workbox-window', target: null, typeOnly: false }]],
      ['src/pages/x.astro', [{ specifier: '../db/entries', target: 'src/db/entries.ts', typeOnly: false }]],
      ['src/core/rules/y.ts', [{ specifier: '../../db/database', target: 'src/db/database.ts', typeOnly: true }]],
    ]);
    expect(boundaryProblems(bad)).toEqual([
      'src/core/rules/x.ts → dexie (src/core is pure: no Preact, Dexie, jsPDF, workbox, Astro or Node built-ins)',
      'src/core/rules/x.ts → ../../db/database (src/core is pure: no Preact, Dexie, jsPDF, workbox, Astro or Node built-ins)',
      'src/core/rules/x.ts → dexie (Dexie lives in src/db only)',
      'src/islands/X.tsx → jspdf (jsPDF lives in src/pdf only)',
      'src/islands/X.tsx → workbox-window (workbox-window lives in src/pwa only)',
      'src/pages/x.astro → ../db/entries (static pages never reach the database)',
    ]);
    expect(importCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
  });
});
