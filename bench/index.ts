import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchBrowser, type SizeFigure } from './browser';
import { benchEngine } from './engine';
import { benchFirstPdf, lighthouseSection } from './firstPdf';
import { benchSheetIntake } from './sheetIntake';
import { benchCertificates, CertificateBenchError } from './certificateReading';
import type { BenchResult } from './measure';

/**
 * `npm run bench`: every benchmark of the project in one table. Figures, not
 * pass/fail; `npm run bench -- --write` also records them in docs/performance.md.
 */
// The load average at the start and the end: on a shared machine it explains most of the spread.
const startLoad = loadavg()[0] ?? 0;
const font = readFileSync(join(import.meta.dirname, '..', 'public', 'fonts', 'NotoSansSC-Regular.ttf'));
const sizes: SizeFigure[] = [{ name: 'PDF font NotoSansSC-Regular.ttf', bytes: font.length, gzipBytes: gzipSync(font, { level: 9 }).length }];
const yearsOnly = process.argv.includes('--years-only');
// `-- --first-pdf-only`: only the first-PDF and Lighthouse figures; `-- --dist <folder>` measures another build (to compare).
const firstPdfOnly = process.argv.includes('--first-pdf-only');
const distFlag = process.argv.indexOf('--dist');
const dist = distFlag >= 0 ? (process.argv[distFlag + 1] ?? 'dist') : join(import.meta.dirname, '..', 'dist');
// `-- --certificates-only`: only certificate reading (issue 24) over bench/certificates/out/, drawn first if missing.
const certificatesOnly = process.argv.includes('--certificates-only');
if (certificatesOnly) {
  try {
    console.log(await benchCertificates(dist, undefined, (line) => console.log(line)));
  } catch (error) {
    console.error(`Certificate reading not measured: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  process.exit(0);
}
const firstPdf = yearsOnly ? { results: [], lighthouse: null } : await benchFirstPdf(dist);
const results: BenchResult[] = [...(yearsOnly || firstPdfOnly ? [] : [...benchEngine(), ...benchSheetIntake()]), ...(firstPdfOnly ? [] : await benchBrowser(sizes)), ...firstPdf.results];
const logLighthouse = firstPdf.lighthouse ? `\n${lighthouseSection(firstPdf.lighthouse)}\n` : '';
// Certificate reading in the default run; when it cannot be measured (no build, no reader yet) the other figures still stand.
let certificates = '';
if (!yearsOnly && !firstPdfOnly) {
  try {
    certificates = `\n${await benchCertificates(dist)}\n`;
  } catch (error) {
    if (!(error instanceof CertificateBenchError)) throw error;
    certificates = `\nCertificate reading not measured: ${error.message}\n`;
  }
}

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${startLoad.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`;
const fixed = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
const rows = results.map((r) => `| ${r.name} | ${fixed(r.medianMs)} | ${fixed(r.minMs)} | ${fixed(r.maxMs)} | ${r.runs} | ${r.target ?? ''} |`);
const table = ['| benchmark | median ms | min ms | max ms | runs | target |', '| --- | ---: | ---: | ---: | ---: | --- |', ...rows].join('\n');

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizeTable = ['| size | bytes | gzip |', '| --- | ---: | ---: |', ...sizes.map((s) => `| ${s.name} | ${kib(s.bytes)} | ${s.gzipBytes === undefined ? '' : kib(s.gzipBytes)} |`)].join('\n');

console.log(`Machine: ${machine}\n`);
console.log(table);
console.log(`\n${sizeTable}`);
console.log(logLighthouse);
console.log(certificates);

if (process.argv.includes('--write') && !yearsOnly && !firstPdfOnly) {
  const date = new Date().toISOString().slice(0, 10);
  const docs = join(import.meta.dirname, '..', 'docs');
  mkdirSync(docs, { recursive: true });
  // The latest `npm run audit` (reports/, not committed) goes in too, when there is one.
  const lighthousePath = join(import.meta.dirname, '..', 'reports', 'lighthouse.md');
  const lighthouse = existsSync(lighthousePath) ? `\n${readFileSync(lighthousePath, 'utf8').replace(/^# /, '## ')}` : '';
  writeFileSync(
    join(docs, 'performance.md'),
    `# Performance\n\nMeasured by \`npm run bench -- --write\` on ${date}.\n\nMachine: ${machine}\n\n${table}\n\n${sizeTable}\n${logLighthouse}${certificates}${lighthouse}`,
  );
  console.log('\nwritten to docs/performance.md');
}
