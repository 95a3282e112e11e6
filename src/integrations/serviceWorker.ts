import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** The whole precache must stay small enough for a phone on a slow network. */
export const PRECACHE_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Writes dist/sw.js with Workbox after the build (and after Pagefind, so the
 * search index is in it): every page, asset and index file is precached, and an
 * unknown address offline gets the 404 page. Any Workbox warning (such as a
 * file skipped for its size) fails the build instead of shipping a worker that
 * silently lacks something.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'xueshibu:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,pagefind,pf_meta,pf_index,pf_fragment,ttf,txt}'],
          // Pagefind's prebuilt UIs are not used: the site has its own search page.
          globIgnores: ['sw.js', 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js'],
          swDest: `${outDir}/sw.js`,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          // Take control on the first visit so the site works offline from then on; updates wait for the person to accept.
          clientsClaim: true,
          skipWaiting: false,
          directoryIndex: 'index.html',
          // Pagefind asks for pagefind-entry.json?ts=…, and /search/?q=… carries the query:
          // neither parameter may make the request miss the precache.
          ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^q$/],
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '/404.html' } },
            },
          ],
        });
        if (warnings.length > 0) throw new Error(`Workbox warnings fail the build:\n  ${warnings.join('\n  ')}`);
        if (size > PRECACHE_BUDGET_BYTES) {
          throw new Error(`Precache is ${(size / 1024 / 1024).toFixed(2)} MB, over the ${PRECACHE_BUDGET_BYTES / 1024 / 1024} MB budget`);
        }
        logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
