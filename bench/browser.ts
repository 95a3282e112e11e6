import { chromium, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromiumPath.mjs';
import { MAX_ENTRIES } from '../src/core/limits';
import { syntheticEntries, syntheticYears } from './syntheticEntries';
import type { BenchResult } from './measure';

const ROOT = join(import.meta.dirname, '..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

const readAll = (folder: string) =>
  readdirSync(join(ROOT, 'content', folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(ROOT, 'content', folder, name), 'utf8')) as unknown);

function summarise(name: string, times: number[], target?: string): BenchResult {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    minMs: sorted[0] ?? Number.NaN,
    maxMs: sorted.at(-1) ?? Number.NaN,
    runs: sorted.length,
    ...(target === undefined ? {} : { target }),
  };
}

/** The years overview of 10 years × 1,000 entries, and the range PDF of 5 years × 100 entries (warm). */
async function benchYears(page: Page, rules: unknown[], calendars: unknown[], sizes: SizeFigure[]): Promise<BenchResult[]> {
  const tenYears = Array.from({ length: 10 }, (_, index) => 2017 + index);
  await page.evaluate((list) => (window as any).bench.fillYears(list), syntheticYears(tenYears, 1_000));
  const overview: number[] = [];
  for (let run = 0; run < 8; run += 1) {
    const [ms, rows] = await page.evaluate(([y, r, c]) => (window as any).bench.overview(y, r, c), [tenYears, rules, calendars] as const);
    if (rows !== tenYears.length) throw new Error(`overview rendered ${rows} rows, expected ${tenYears.length}`);
    // The first run reads a cold database and compiles the code: "after load" is the warm figure.
    if (run > 0) overview.push(ms);
  }
  await page.evaluate((bytes) => (window as any).bench.setFont(bytes), [...readFileSync(join(ROOT, 'public', 'fonts', 'NotoSansSC-Regular.ttf'))]);
  const fiveYears = [2022, 2023, 2024, 2025, 2026];
  const list = syntheticYears(fiveYears, 100);
  const pdf: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const [ms, bytes] = await page.evaluate(([l, y, r, c]) => (window as any).bench.rangePdf(l, y, r, c), [list, fiveYears, rules, calendars] as const);
    if (run === 0) sizes.push({ name: 'range PDF, 5 years × 100 entries, no evidence', bytes });
    else pdf.push(ms);
  }
  return [
    summarise('Chromium: years overview, 10 years × 1,000 entries (read, reports, render)', overview, '≤ 200 ms'),
    summarise('Chromium: range PDF, 5 years × 100 entries (warm)', pdf, '≤ 1500 ms'),
  ];
}

/** Builds the bench page with Vite, serves it on loopback and times the storage and engine paths in Chromium. */
export interface SizeFigure {
  name: string;
  bytes: number;
  gzipBytes?: number;
}

export async function benchBrowser(sizes: SizeFigure[]): Promise<BenchResult[]> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.warn('Chromium not found (apt-get install chromium): browser benchmarks skipped.');
    return [];
  }
  const outDir = mkdtempSync(join(tmpdir(), 'xueshibu-bench-'));
  await build({
    root: join(ROOT, 'bench', 'browser'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    // As in astro.config.ts: the PDF worker (reached through the panels' imports) is a module worker.
    worker: { format: 'es' },
    resolve: { alias: { dexie: 'dexie/dist/modern/dexie.mjs' } },
  });
  const server = createServer((request, response) => {
    const path = join(outDir, request.url === '/' ? 'index.html' : (request.url ?? '').replace(/\?.*$/, ''));
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const rules = readAll('rules');
    const calendars = readAll('calendar');
    const years = await benchYears(page, rules, calendars, sizes);
    // `npm run bench -- --years-only`: only the multi-year figures (the overview and the range PDF).
    if (process.argv.includes('--years-only')) return years;
    const entries = syntheticEntries(10_000, 2025);
    const exportTimes: number[] = [];
    const importTimes: number[] = [];
    const insert: number[] = [];
    const read: number[] = [];
    const evaluate: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      insert.push(await page.evaluate((list) => (window as any).bench.bulkInsert(list), entries));
      read.push(await page.evaluate(([r, c]) => (window as any).bench.readAndEvaluate(2025, r, c), [rules, calendars] as const));
      evaluate.push(await page.evaluate(([list, r, c]) => (window as any).bench.evaluateOnly(list, 2025, r, c), [entries, rules, calendars] as const));
      const [exportMs, backupBytes] = await page.evaluate(() => (window as any).bench.exportBackup());
      exportTimes.push(exportMs);
      importTimes.push(await page.evaluate(() => (window as any).bench.importBackup()));
      if (run === 0) sizes.push({ name: 'backup zip, 10,000 entries, no evidence', bytes: backupBytes });
    }
    await page.evaluate((bytes) => (window as any).bench.setFont(bytes), [...readFileSync(join(ROOT, 'public', 'fonts', 'NotoSansSC-Regular.ttf'))]);
    const pdfTimes: Record<number, number[]> = { 1: [], 200: [] };
    for (const count of [1, 200]) {
      const list = syntheticEntries(count, 2025).map((entry) => ({ ...entry, endDate: `2025${entry.endDate.slice(4)}`, startDate: `2025${entry.endDate.slice(4)}` }));
      for (let run = 0; run < 7; run += 1) {
        const [ms, bytes] = await page.evaluate(([l, r, c]) => (window as any).bench.pdf(l, 2025, r, c), [list, rules, calendars] as const);
        pdfTimes[count]?.push(ms);
        if (run === 0) sizes.push({ name: `summary PDF, ${count} ${count === 1 ? 'entry' : 'entries'}, no evidence`, bytes });
      }
    }
    const limitEntries = syntheticEntries(MAX_ENTRIES * 2, 2025)
      .filter((entry) => entry.endDate.startsWith('2025-'))
      .slice(0, MAX_ENTRIES);
    const limit: [number[], number[], number[]] = [[], [], []];
    for (let run = 0; run < 3; run += 1) {
      const times = await page.evaluate(([l, r, c]) => (window as any).bench.atLimit(l, 2025, r, c), [limitEntries, rules, calendars] as const);
      times.forEach((ms: number, index: number) => limit[index]?.push(ms));
    }
    return [
      summarise(`Chromium, ${MAX_ENTRIES} entries in one year (the limit): first render's data (read + evaluate)`, limit[0], '≤ 1500 ms'),
      summarise(`Chromium, ${MAX_ENTRIES} entries in one year: one save, read and evaluate again`, limit[1], '≤ 200 ms'),
      summarise(`Chromium, ${MAX_ENTRIES} entries: check + replace-restore the backup`, limit[2], '≤ 5000 ms'),
      summarise('Chromium: summary PDF, 1 entry (warm)', (pdfTimes[1] ?? []).slice(1)),
      summarise('Chromium: summary PDF, 200 entries (warm)', (pdfTimes[200] ?? []).slice(1), '≤ 1000 ms'),
      summarise('Chromium: bulk insert 10,000 entries (one transaction)', insert),
      summarise('Chromium: export backup, 10,000 entries', exportTimes, '≤ 1000 ms'),
      summarise('Chromium: check + restore backup, 10,000 entries', importTimes, '≤ 2000 ms'),
      summarise('Chromium: read a 10,000-entry year + evaluate', read),
      summarise('Chromium: evaluateYear, 10,000 entries', evaluate, '≤ 10 ms'),
      ...years,
    ];
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
