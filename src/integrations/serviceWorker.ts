import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { ASSET_PREFIXES, KEEP_OFFLINE_MESSAGE, OFFLINE_APP_PAGE, OFFLINE_CACHES, filesForPage, offlineCacheFor, pageAddress } from '../core/offline/offlineFiles';

/** What installing the worker downloads on any first visit: the offline 404 page and its files. */
export const SHELL_BUDGET_BYTES = 64 * 1024;
/** What opening the log downloads for offline use (the PDF font is most of it). */
export const APP_OFFLINE_BUDGET_BYTES = 4 * 1024 * 1024;
/** What opening any other page keeps for offline reading. */
export const PAGE_OFFLINE_BUDGET_BYTES = 128 * 1024;
/**
 * What opening the unit's ledger (/unit/) keeps: an app, not a page to read. Its
 * island, Dexie, the year model and, loaded on intent, the file readers (the
 * exchange formats' schemas and the backup reader's Web Worker) that must work
 * offline too: about 300 KB today, no font. Only HR's visit to /unit/ fetches it.
 */
export const UNIT_OFFLINE_PAGE = '/unit/';
export const UNIT_OFFLINE_BUDGET_BYTES = 512 * 1024;

const FALLBACK_PAGE = '/404.html';
const WORKER = '/sw.js';

function builtFiles(outDir: string, folder = outDir): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? builtFiles(outDir, path) : [`/${relative(outDir, path).split('\\').join('/')}`];
  });
}

/** The data the worker's offline code reads: each page's files, their caches and digests, and this build's files per cache. */
function offlinePlan(outDir: string) {
  const all = builtFiles(outDir).filter((path) => path !== WORKER);
  const existing = new Set(all);
  const isFile = (path: string) => existing.has(path);
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const files: { url: string; cache: string; sha256: string }[] = [];
  const indexOf = new Map<string, number>();
  const add = (url: string, builtFile: string) => {
    if (!indexOf.has(url)) {
      indexOf.set(url, files.length);
      files.push({ url, cache: offlineCacheFor(url), sha256: createHash('sha256').update(readFileSync(join(outDir, builtFile))).digest('hex') });
    }
    return indexOf.get(url) as number;
  };
  const pages: Record<string, number[]> = {};
  const bytes: Record<string, number> = {};
  for (const html of all.filter((path) => path.endsWith('.html') && path !== FALLBACK_PAGE)) {
    const address = pageAddress(html);
    const needed = filesForPage(html, isFile, read);
    // The page is kept under the address it is visited at; it and its files must match this build byte for byte.
    pages[address] = [add(address, html), ...needed.map((path) => add(path, path))];
    bytes[address] = [html, ...needed].reduce((sum, path) => sum + statSync(join(outDir, path)).size, 0);
  }
  const current = {
    [OFFLINE_CACHES.assets]: all.filter((path) => offlineCacheFor(path) === OFFLINE_CACHES.assets),
    [OFFLINE_CACHES.files]: all.filter((path) => offlineCacheFor(path) === OFFLINE_CACHES.files),
  };
  const shell = [FALLBACK_PAGE, ...filesForPage(FALLBACK_PAGE, isFile, read)];
  return { plan: { message: KEEP_OFFLINE_MESSAGE, pagesCache: OFFLINE_CACHES.pages, pages, files, current }, bytes, shell };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Matches a request URL whose path starts with one of the prefixes. */
const ASSET_URL = new RegExp(`^[a-z]+://[^/]+(?:${ASSET_PREFIXES.map(escapeRegExp).join('|')})`);

/**
 * Writes dist/sw.js with Workbox after the build (and after Pagefind). A first
 * visit installs only the offline 404 page; every page then keeps itself and
 * the files it references when it asks (src/pwa/register.ts), so a reader's
 * first visit stays small and the log's PDF font is fetched only when the log
 * is opened. Pages are network-first, hashed assets and the font cache-first,
 * anything else stale-while-revalidate. Any Workbox warning fails the build.
 */
export function serviceWorker(): AstroIntegration {
  let root = '';
  return {
    name: 'xueshibu:service-worker',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const { plan, bytes, shell } = offlinePlan(outDir);
        // Query strings (Pagefind's ?ts=…, the search page's ?q=…) must not make a kept copy miss.
        const withoutQuery = {
          cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
            const url = new URL(request.url);
            url.search = '';
            return url.href;
          },
        };
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: shell.map((path) => path.slice(1)),
          swDest: `${outDir}${WORKER}`,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          // Take control on the first visit so the page can be kept offline; updates wait for the person to accept.
          clientsClaim: true,
          skipWaiting: false,
          dontCacheBustURLsMatching: /^_astro\//,
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: OFFLINE_CACHES.pages,
                matchOptions: { ignoreVary: true },
                plugins: [withoutQuery],
                precacheFallback: { fallbackURL: FALLBACK_PAGE },
              },
            },
            { urlPattern: ASSET_URL, handler: 'CacheFirst', options: { cacheName: OFFLINE_CACHES.assets, matchOptions: { ignoreVary: true } } },
            {
              urlPattern: ({ sameOrigin, request }) => sameOrigin && request.method === 'GET',
              handler: 'StaleWhileRevalidate',
              options: { cacheName: OFFLINE_CACHES.files, matchOptions: { ignoreVary: true }, plugins: [withoutQuery] },
            },
          ],
        });
        if (warnings.length > 0) throw new Error(`Workbox warnings fail the build:\n  ${warnings.join('\n  ')}`);
        if (size > SHELL_BUDGET_BYTES) throw new Error(`The worker installs ${(size / 1024).toFixed(0)} KB, over the ${SHELL_BUDGET_BYTES / 1024} KB budget`);
        for (const [address, total] of Object.entries(bytes)) {
          const budget = address === OFFLINE_APP_PAGE ? APP_OFFLINE_BUDGET_BYTES : address === UNIT_OFFLINE_PAGE ? UNIT_OFFLINE_BUDGET_BYTES : PAGE_OFFLINE_BUDGET_BYTES;
          if (total > budget) throw new Error(`${address} keeps ${(total / 1024).toFixed(0)} KB offline, over its ${(budget / 1024).toFixed(0)} KB budget`);
        }
        const workerCode = readFileSync(join(root, 'src/pwa/offlineWorker.js'), 'utf8');
        // In its own scope, apart from Workbox's minified names; the plan is one line of JSON that scripts/checkBudgets.mjs reads back.
        appendFileSync(`${outDir}${WORKER}`, `\n(() => {\nconst OFFLINE = ${JSON.stringify(plan)};\n${workerCode}\n})();\n`);
        logger.info(`sw.js installs ${count} files (${(size / 1024).toFixed(0)} KB); ${OFFLINE_APP_PAGE} keeps ${((bytes[OFFLINE_APP_PAGE] ?? 0) / 1024).toFixed(0)} KB offline when opened`);
      },
    },
  };
}
