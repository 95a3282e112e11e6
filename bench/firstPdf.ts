import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromiumPath.mjs';
import { launchForLighthouse, lighthouseMedian } from '../scripts/lighthouseMedian.mjs';
import { serveStatic } from '../scripts/staticServer.mjs';
import { logPage } from '../tests/e2e/logPage';
import type { BenchResult } from './measure';

/** How long a person looks at the summary panel before tapping, in the "seen first" figure. */
const LOOK_MS = 2000;
const RUNS = 5;

export interface LogLighthouse {
  performance: number;
  perRun: number[];
  tbtMs: number;
  lcpMs: number;
  mainThread: { group: string; ms: number }[];
  bootup: { url: string; total: number; scripting: number }[];
  longTasks: { url: string; ms: number; startTime: number }[];
}

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

/** From the tap on 生成 PDF to the browser's download event, in ms (the driver's click round-trip included). */
async function tapToFile(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: '生成 PDF' });
  const downloading = page.waitForEvent('download');
  const started = performance.now();
  await button.click();
  await downloading;
  return performance.now() - started;
}

/** A fresh visit: new browser context (no HTTP cache, no service worker, empty IndexedDB), /log/ with one entry, the 汇总表 view opened. */
async function freshVisit(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL: url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await context.newPage();
  const log = logPage(page);
  await log.open();
  await log.add({ title: '网络安全与数据保护', hours: '12.5', platform: true });
  await log.show('汇总表');
  await page.getByRole('button', { name: '生成 PDF' }).scrollIntoViewIfNeeded();
  return page;
}

/**
 * The first summary PDF of a visit, from tap to file, on the production build
 * served gzipped: tapped at once when the panel appears (nothing prepared), tapped
 * after the panel has been on screen LOOK_MS (the font prepared meanwhile), and a
 * second PDF in the same page (warm). Then Lighthouse on /log/, median of 3.
 */
export async function benchFirstPdf(dist: string): Promise<{ results: BenchResult[]; lighthouse: LogLighthouse | null }> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.warn('Chromium not found (apt-get install chromium): first-PDF and Lighthouse figures skipped.');
    return { results: [], lighthouse: null };
  }
  if (!existsSync(join(dist, 'log', 'index.html'))) {
    console.warn(`${dist} holds no build (run \`npm run build\` first): first-PDF and Lighthouse figures skipped.`);
    return { results: [], lighthouse: null };
  }
  const server = await serveStatic(dist);
  server.precompress();
  try {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const atOnce: number[] = [];
    const seenFirst: number[] = [];
    const warm: number[] = [];
    try {
      // One visit thrown away: it starts the browser's processes and the OS file cache, not the page's (every context is new).
      const rehearsal = await freshVisit(browser, server.url);
      await tapToFile(rehearsal);
      await rehearsal.context().close();
      for (let run = 0; run < RUNS; run += 1) {
        const quick = await freshVisit(browser, server.url);
        atOnce.push(await tapToFile(quick));
        await quick.context().close();
        const patient = await freshVisit(browser, server.url);
        await patient.waitForTimeout(LOOK_MS);
        seenFirst.push(await tapToFile(patient));
        warm.push(await tapToFile(patient));
        await patient.context().close();
      }
    } finally {
      await browser.close();
    }
    const chrome = await launchForLighthouse(executablePath);
    let lighthouse: LogLighthouse;
    try {
      const measured = await lighthouseMedian(`${server.url}/log/`, { port: chrome.port, runs: 3, categories: ['performance'] });
      lighthouse = {
        performance: measured.scores.performance,
        perRun: measured.perRun.map((score: number | undefined) => score ?? 0),
        tbtMs: measured.tbtMs,
        lcpMs: measured.lcpMs,
        mainThread: measured.mainThread,
        bootup: measured.bootup.map((item: { url: string; total: number; scripting: number }) => ({ ...item, url: item.url.replace(server.url, '') })),
        longTasks: measured.longTasks.map((item: { url: string; ms: number; startTime: number }) => ({ ...item, url: item.url.replace(server.url, '') })),
      };
    } finally {
      await chrome.kill();
    }
    return {
      results: [
        summarise('Chromium, fresh visit: first summary PDF, tap at once (tap to file)', atOnce, '≤ 1000 ms'),
        summarise(`Chromium, fresh visit: first summary PDF, panel seen ${LOOK_MS / 1000} s first (tap to file)`, seenFirst, '≤ 1000 ms'),
        summarise('Chromium: second summary PDF in the same page (tap to file)', warm),
      ],
      lighthouse,
    };
  } finally {
    await server.close();
  }
}

/** The Lighthouse figures of /log/ as a Markdown section. */
export function lighthouseSection(figures: LogLighthouse): string {
  return [
    '## Lighthouse, /log/ (mobile, median of 3, served gzipped)',
    '',
    `Performance ${figures.performance} (runs: ${figures.perRun.join(', ')}), TBT ${figures.tbtMs} ms, LCP ${figures.lcpMs} ms (medians).`,
    '',
    `Main-thread work (median run): ${figures.mainThread.map((item) => `${item.group} ${item.ms} ms`).join(', ')}.`,
    '',
    `Script boot-up: ${figures.bootup.map((item) => `${item.url} ${item.total} ms (scripting ${item.scripting} ms)`).join('; ')}.`,
    '',
    `Long tasks: ${figures.longTasks.length === 0 ? 'none' : figures.longTasks.map((item) => `${item.url || '(page)'} ${item.ms} ms at ${item.startTime} ms`).join('; ')}.`,
  ].join('\n');
}
