// npm run audit: Lighthouse 12 (mobile, simulated throttling) in the system
// Chromium against the production build, three runs a page, medians per
// category. Writes reports/lighthouse.{json,md}, prints the table, and fails
// below 100 in accessibility, best practices or SEO. Performance moves with the
// machine's load (two cores shared with the browser and the server), so it is
// measured and reported, and gated only by a floor a correct build never misses:
// a real regression (a render-blocking script, megabytes on the first load)
// still falls far below it.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromiumPath.mjs';

const PORT = 4410;
const PAGES = ['/', '/policy/2025/', '/bases/', '/guide/public-subjects/', '/log/'];
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MINIMUM = { performance: 75, accessibility: 100, 'best-practices': 100, seo: 100 };

const chromePath = findChromium();
if (!chromePath) {
  console.error('Lighthouse needs Chromium: install it with `apt-get install chromium` or set CHROME_PATH.');
  process.exit(1);
}

const server = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
const stop = () => server.kill();

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('preview server did not start (run `npm run build` first)');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await waitForServer();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const results = [];
  try {
    for (const path of PAGES) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) {
        const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
        runs.push({
          scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])),
          failing: CATEGORIES.flatMap((category) =>
            (lhr.categories[category]?.auditRefs ?? [])
              .map((ref) => lhr.audits[ref.id])
              .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
              .map((audit) => `${category}: ${audit.id}`),
          ),
          lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
        });
      }
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))]));
      results.push({ path, scores, lcpMs: Math.round(median(runs.map((run) => run.lcp))), notPerfect: [...new Set(runs.flatMap((run) => run.failing))] });
    }
  } finally {
    await chrome.kill();
  }

  const header = `| page | ${CATEGORIES.join(' | ')} | LCP ms |\n| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | ---: |`;
  const rows = results.map((result) => `| ${result.path} | ${CATEGORIES.map((category) => result.scores[category]).join(' | ')} | ${result.lcpMs} |`);
  const table = `${header}\n${rows.join('\n')}`;
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2));
  writeFileSync('reports/lighthouse.md', `# Lighthouse (median of ${RUNS} runs, mobile)\n\n${table}\n`);
  console.log(`Lighthouse 12, mobile, median of ${RUNS} runs:\n\n${table}\n`);
  for (const result of results) if (result.notPerfect.length > 0) console.log(`${result.path} audits below full marks: ${result.notPerfect.join(', ')}`);

  const failures = results.flatMap((result) =>
    CATEGORIES.filter((category) => result.scores[category] < MINIMUM[category]).map((category) => `${result.path} ${category} ${result.scores[category]} < ${MINIMUM[category]}`),
  );
  if (failures.length > 0) {
    console.error(`\nLighthouse gate failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nLighthouse gate held.');
} finally {
  stop();
}
