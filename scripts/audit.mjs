// npm run audit: Lighthouse 12 (mobile, simulated throttling) in the system
// Chromium against the production build, three runs a page, medians per
// category. Writes reports/lighthouse.{json,md}, prints the table, and fails
// below 100 in accessibility, best practices or SEO. Performance moves with the
// machine's load (two cores shared with the browser and the server), so it is
// measured and reported, and gated only by a floor a correct build never misses:
// a real regression (a render-blocking script, megabytes on the first load)
// still falls far below it. dist/ is served gzipped like a real static host
// (scripts/staticServer.mjs), not by `astro preview`, which compresses nothing.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { findChromium } from './chromiumPath.mjs';
import { CATEGORIES, launchForLighthouse, lighthouseMedian } from './lighthouseMedian.mjs';
import { serveStatic } from './staticServer.mjs';

const PAGES = ['/', '/policy/2025/', '/bases/', '/guide/public-subjects/', '/log/'];
const RUNS = 3;
const MINIMUM = { performance: 75, accessibility: 100, 'best-practices': 100, seo: 100 };

const chromePath = findChromium();
if (!chromePath) {
  console.error('Lighthouse needs Chromium: install it with `apt-get install chromium` or set CHROME_PATH.');
  process.exit(1);
}

// dist/ served compressed, as a real static host serves it (see scripts/staticServer.mjs).
if (!existsSync('dist/index.html')) {
  console.error('no build to audit: run `npm run build` first');
  process.exit(1);
}
const server = await serveStatic('dist');
server.precompress();

try {
  const chrome = await launchForLighthouse(chromePath);
  const results = [];
  try {
    for (const path of PAGES) {
      const measured = await lighthouseMedian(`${server.url}${path}`, { port: chrome.port, runs: RUNS });
      results.push({ path, ...measured });
    }
  } finally {
    await chrome.kill();
  }

  const header = `| page | ${CATEGORIES.join(' | ')} | LCP ms | TBT ms |\n| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | ---: | ---: |`;
  const rows = results.map((result) => `| ${result.path} | ${CATEGORIES.map((category) => result.scores[category]).join(' | ')} | ${result.lcpMs} | ${result.tbtMs} |`);
  const table = `${header}\n${rows.join('\n')}`;
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2));
  writeFileSync('reports/lighthouse.md', `# Lighthouse (median of ${RUNS} runs, mobile, served gzipped)\n\n${table}\n`);
  console.log(`Lighthouse 12, mobile, median of ${RUNS} runs, served gzipped:\n\n${table}\n`);
  for (const result of results) if (result.notPerfect.length > 0) console.log(`${result.path} audits below full marks: ${result.notPerfect.join(', ')}`);
  // Where the blocking time comes from, for the page that has script (its median run).
  const log = results.find((result) => result.path === '/log/');
  if (log) {
    console.log(`/log/ performance per run: ${log.perRun.join(', ')}; main thread: ${log.mainThread.map((item) => `${item.group} ${item.ms} ms`).join(', ')}`);
    console.log(`/log/ script boot-up: ${log.bootup.map((item) => `${item.url.replace(server.url, '')} ${item.total} ms (scripting ${item.scripting})`).join('; ')}`);
    console.log(`/log/ long tasks: ${log.longTasks.map((item) => `${item.url.replace(server.url, '')} ${item.ms} ms at ${item.startTime}`).join('; ')}`);
  }

  const failures = results.flatMap((result) =>
    CATEGORIES.filter((category) => result.scores[category] < MINIMUM[category]).map((category) => `${result.path} ${category} ${result.scores[category]} < ${MINIMUM[category]}`),
  );
  if (failures.length > 0) {
    console.error(`\nLighthouse gate failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nLighthouse gate held.');
} finally {
  await server.close();
}
