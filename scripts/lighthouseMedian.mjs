// Lighthouse 12 (mobile, simulated throttling) in the system Chromium, several
// runs of one page, medians per category. Shared by `npm run audit` (every
// page, with gates) and `npm run bench` (/log/, figures only).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './chromiumPath.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Starts a headless Chromium for Lighthouse; kill() it when done. */
export function launchForLighthouse(chromePath) {
  return chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
}

/**
 * `runs` Lighthouse runs of `url`: median scores per category, median LCP and
 * TBT, the audits below full marks, and (from the median-performance run) the
 * scripts with the most main-thread time, which is where TBT comes from.
 */
export async function lighthouseMedian(url, { port, runs = 3, categories = CATEGORIES }) {
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
    results.push({
      scores: Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])),
      failing: categories.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
          .map((audit) => `${category}: ${audit.id}`),
      ),
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? 0,
      bootup: (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 5).map((item) => ({ url: item.url, scripting: Math.round(item.scripting ?? 0), total: Math.round(item.total ?? 0) })),
      mainThread: (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).slice(0, 5).map((item) => ({ group: item.groupLabel ?? item.group, ms: Math.round(item.duration ?? 0) })),
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 5).map((item) => ({ url: item.url, ms: Math.round(item.duration ?? 0), startTime: Math.round(item.startTime ?? 0) })),
    });
  }
  const scores = Object.fromEntries(categories.map((category) => [category, median(results.map((run) => run.scores[category]))]));
  const medianRun = results.find((run) => run.scores.performance === scores.performance) ?? results[0];
  return {
    scores,
    perRun: results.map((run) => run.scores.performance),
    lcpMs: Math.round(median(results.map((run) => run.lcp))),
    tbtMs: Math.round(median(results.map((run) => run.tbt))),
    notPerfect: [...new Set(results.flatMap((run) => run.failing))],
    bootup: medianRun?.bootup ?? [],
    mainThread: medianRun?.mainThread ?? [],
    longTasks: medianRun?.longTasks ?? [],
  };
}
