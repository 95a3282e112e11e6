import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchBrowser } from './browser';
import { benchEngine } from './engine';
import type { BenchResult } from './measure';

/**
 * `npm run bench`: every benchmark of the project in one table. Figures, not
 * pass/fail; `npm run bench -- --write` also records them in docs/performance.md.
 */
const results: BenchResult[] = [...benchEngine(), ...(await benchBrowser())];

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const fixed = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
const rows = results.map((r) => `| ${r.name} | ${fixed(r.medianMs)} | ${fixed(r.minMs)} | ${fixed(r.maxMs)} | ${r.runs} | ${r.target ?? ''} |`);
const table = ['| benchmark | median ms | min ms | max ms | runs | target |', '| --- | ---: | ---: | ---: | ---: | --- |', ...rows].join('\n');

console.log(`Machine: ${machine}\n`);
console.log(table);

if (process.argv.includes('--write')) {
  const date = new Date().toISOString().slice(0, 10);
  const docs = join(import.meta.dirname, '..', 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(docs, 'performance.md'),
    `# Performance\n\nMeasured by \`npm run bench -- --write\` on ${date}.\n\nMachine: ${machine}\n\n${table}\n`,
  );
  console.log('\nwritten to docs/performance.md');
}
