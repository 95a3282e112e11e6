/**
 * Certificate reading (issue 24) over the generated fixture set, through the
 * real app: the production build served as a host would, /log/ at 390×844,
 * each file given to the entry form's 从证书识别 control, and what the form
 * then shows compared with the fields beside the file. The comparison and the
 * tallies are in certificates/tally.ts (pure, unit tested); this file only
 * drives the browser.
 *
 * The control's contract: a file input labelled 从证书识别; a container
 * [data-certificate-reader] whose data-state goes idle → (consent → downloading →)
 * reading → done | nothing | failed, with data-read-ms on done and nothing; the
 * form's fields by name, data-recognised="true" on those the reader filled.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromiumPath.mjs';
import { serveStatic } from '../scripts/staticServer.mjs';
import { logPage } from '../tests/e2e/logPage';
import { DEFAULT_OUT, generateCertificates } from './certificates/generate';
import { BENCH_TODAY, type Expected } from './certificates/model';
import { FIELDS, reportMarkdown, scoreFile, summarise, type FieldName, type FileResult, type Observation, type ReaderState, type ShownField } from './certificates/tally';

const CONTROL_LABEL = '从证书识别';
const CONSENT_BUTTON = '下载识别数据';
const CLEAR_BUTTON = '清空';
/** The first file waits for the engine's download too. */
const FIRST_TIMEOUT_MS = 180_000;
const TIMEOUT_MS = 60_000;

export class CertificateBenchError extends Error {}

interface SetFile {
  file: string;
  expected: Expected;
}

function readSet(out: string): SetFile[] {
  const set = JSON.parse(readFileSync(join(out, 'set.json'), 'utf8')) as { files: { file: string; id: string }[] };
  return set.files.map(({ file, id }) => ({ file: join(out, file), expected: JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as Expected }));
}

/**
 * Installed before the page's own scripts: long tasks and every change of the
 * reader's state, with the time it happened. A string, as tsx would otherwise
 * name the inner functions with a helper the page does not have.
 */
const WATCH_PAGE = `
window.__bench = { tasks: [], states: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.tasks.push({ start: entry.startTime, ms: entry.duration });
}).observe({ type: 'longtask', buffered: true });
let lastReaderState = null;
new MutationObserver(() => {
  const state = document.querySelector('[data-certificate-reader]')?.getAttribute('data-state') ?? null;
  if (state !== lastReaderState) {
    lastReaderState = state;
    if (state !== null) window.__bench.states.push({ state, at: performance.now() });
  }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
`;

const FINAL = ['done', 'nothing', 'failed'];

/** Waits for the reader to reach one of `states` after `since` (performance.now() in the page); null on timeout. */
async function waitForState(page: Page, states: string[], since: number, timeout: number): Promise<string | null> {
  try {
    const handle = await page.waitForFunction(
      ([wanted, after]) => {
        const seen = (window as unknown as { __bench: { states: { state: string; at: number }[] } }).__bench.states.filter((s) => s.at >= after);
        return seen.find((s) => wanted.includes(s.state))?.state ?? false;
      },
      [states, since] as const,
      { timeout, polling: 50 },
    );
    return (await handle.jsonValue()) as string;
  } catch {
    return null;
  }
}

async function shownFields(page: Page): Promise<Record<FieldName, ShownField>> {
  return page.evaluate((names) => {
    const form = document.querySelector('form.entry-form');
    const shown: Record<string, { value: string; recognised: boolean }> = {};
    for (const name of names) {
      const controls = [...(form?.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`) ?? [])];
      const value = name === 'kind' ? (controls.find((c) => (c as HTMLInputElement).checked)?.value ?? '') : (controls[0]?.value ?? '');
      // Marked on the control itself, or on its field (a radio group's fieldset), never on the whole form.
      const recognised = controls.some((c) => {
        if (c.getAttribute('data-recognised') === 'true') return true;
        const holder = c.closest('[data-recognised]');
        return holder !== null && holder !== form && holder.getAttribute('data-recognised') === 'true';
      });
      shown[name] = { value, recognised };
    }
    return shown;
  }, [...FIELDS]) as Promise<Record<FieldName, ShownField>>;
}

async function clearForm(page: Page): Promise<void> {
  const log = logPage(page);
  const clear = log.form.getByRole('button', { name: CLEAR_BUTTON, exact: true });
  if ((await clear.count()) > 0 && (await clear.isVisible())) {
    await clear.click();
    const title = await page.locator('form.entry-form [name="title"]').inputValue().catch(() => '');
    if (title === '') return;
  }
  await log.open();
  await log.openForm();
}

/** Reads one file through the form and returns what the form then shows. */
async function readOne(page: Page, file: string, first: boolean): Promise<Observation> {
  const started = await page.evaluate(() => performance.now());
  await page.getByLabel(CONTROL_LABEL).setInputFiles(file);
  let state = await waitForState(page, ['consent', ...FINAL], started, first ? FIRST_TIMEOUT_MS : TIMEOUT_MS);
  if (state === 'consent') {
    const consented = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: CONSENT_BUTTON }).click();
    state = await waitForState(page, FINAL, consented, FIRST_TIMEOUT_MS);
  }
  const measured = await page.evaluate(
    ([since]) => {
      const bench = (window as unknown as { __bench: { tasks: { start: number; ms: number }[]; states: { state: string; at: number }[] } }).__bench;
      // From the last 'reading' (after consent and download) to the end state: the tasks that overlap it.
      const after = bench.states.filter((s) => s.at >= since);
      const reading = after.filter((s) => s.state === 'reading').at(-1)?.at ?? since;
      const ended = after.find((s) => s.at >= reading && ['done', 'nothing', 'failed'].includes(s.state))?.at ?? performance.now();
      const longest = Math.max(0, ...bench.tasks.filter((t) => t.start + t.ms >= reading && t.start <= ended).map((t) => t.ms));
      const readMs = document.querySelector('[data-certificate-reader]')?.getAttribute('data-read-ms');
      return { longest, readMs: readMs === null || readMs === undefined || readMs === '' ? null : Number(readMs) };
    },
    [started] as const,
  );
  return {
    state: (state ?? 'timeout') as ReaderState,
    readMs: measured.readMs !== null && Number.isFinite(measured.readMs) ? measured.readMs : null,
    longestTaskMs: measured.longest,
    fields: await shownFields(page),
  };
}

/**
 * Reads the whole set (generated first when bench/certificates/out/ has none)
 * and returns the report as Markdown. Throws a CertificateBenchError with the
 * reason when it cannot measure: no Chromium, no build, no 从证书识别 control.
 */
export async function benchCertificates(dist: string, out = DEFAULT_OUT, log: (line: string) => void = () => undefined): Promise<string> {
  const executablePath = findChromium();
  if (!executablePath) throw new CertificateBenchError('Chromium not found (apt-get install chromium).');
  if (!existsSync(join(dist, 'log', 'index.html'))) throw new CertificateBenchError(`${dist} holds no build: run \`npm run build\` first.`);
  if (!existsSync(join(out, 'set.json'))) {
    log('no certificate set yet: drawing it (npm run certificates)…');
    await generateCertificates({ out });
  }
  const files = readSet(out);
  const server = await serveStatic(dist);
  server.precompress();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, baseURL: server.url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    // Every printed date is before BENCH_TODAY. The real clock is left alone (a frozen Date.now would stop what measures time);
    // only on a machine whose date is earlier is the clock installed at that day, running on from there.
    const benchDay = new Date(`${BENCH_TODAY}T10:00:00+08:00`);
    if (Date.now() < benchDay.getTime()) await context.clock.install({ time: benchDay });
    await context.addInitScript({ content: WATCH_PAGE });
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreign.push(request.url());
    });
    const page = await context.newPage();
    const app = logPage(page);
    await app.open();
    await app.openForm();
    const control = page.getByLabel(CONTROL_LABEL);
    try {
      await control.waitFor({ state: 'attached', timeout: 5_000 });
    } catch {
      throw new CertificateBenchError(`the entry form at /log/ has no control labelled ${CONTROL_LABEL} (issue 24): build the site with the certificate reader, then run the bench again.`);
    }
    if ((await page.locator('[data-certificate-reader]').count()) === 0) throw new CertificateBenchError('the 从证书识别 control has no [data-certificate-reader] container with its data-state.');
    const results: FileResult[] = [];
    for (const [index, { file, expected }] of files.entries()) {
      let observation: Observation;
      try {
        observation = await readOne(page, file, index === 0);
      } catch (error) {
        // The control did not behave as its contract says (a button missing, the page gone): stop with the file and the first line of why.
        throw new CertificateBenchError(`${expected.id}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      }
      const result = scoreFile(expected, observation);
      results.push(result);
      const right = result.fields.filter((f) => f.outcome === 'right').length;
      log(`${expected.id}: ${observation.state}, ${observation.readMs ?? '?'} ms, ${right}/${result.fields.length} right`);
      await clearForm(page).catch((error: unknown) => {
        throw new CertificateBenchError(`clearing the form after ${expected.id}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      });
    }
    const summary = summarise(results);
    const privacy = foreign.length === 0 ? 'No request went to another origin.' : `Requests to another origin: ${[...new Set(foreign)].join(', ')}.`;
    return `${reportMarkdown(summary, results)}\n\nRead on ${files.length} files of bench/certificates/out/ (/log/ at 390×844, today at or after ${BENCH_TODAY}). ${privacy}`;
  } finally {
    await browser.close();
    await server.close();
  }
}
