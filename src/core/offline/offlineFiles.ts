/**
 * What the service worker keeps for offline use, decided from the built site.
 * A reader's first visit must stay small on mobile data, so nothing is fetched
 * ahead for pages she has not opened: each page, once opened, keeps itself and
 * the files it references; the log's page references (through its lazy chunks
 * and the PDF worker) the PDF font, so opening the log is what fetches it.
 */

/** The app's page: its offline files are the ones the 数据 view reports on. */
export const OFFLINE_APP_PAGE = '/log/';

/** The message a page posts to the service worker to keep itself and its files offline. */
export const KEEP_OFFLINE_MESSAGE = 'xueshibu:keep-offline';

/** Runtime caches: pages network-first, hashed assets and fonts cache-first, anything else stale-while-revalidate. */
export const OFFLINE_CACHES = {
  pages: 'xueshibu-pages',
  assets: 'xueshibu-assets',
  files: 'xueshibu-files',
} as const;

export type OfflineCache = (typeof OFFLINE_CACHES)[keyof typeof OFFLINE_CACHES];

/** Paths whose content never changes under the same name (hashed chunks, the versioned OCR folder) or changes only with a new build (the PDF font). */
export const ASSET_PREFIXES = ['/_astro/', '/fonts/', '/ocr/'] as const;

/**
 * Parts fetched only when the person asks for them, and kept from then on
 * (cache-first): the certificate reader's PDF worker and the OCR engine with its
 * data. A page's offline kit stops at them, so opening the log does not download
 * several megabytes for a reader that may never be used.
 */
export function isOnIntent(path: string): boolean {
  return path.startsWith('/ocr/') || /^\/_astro\/certificatePdfWorker[.-]/.test(path);
}

/** Files whose text is read for further references; anything else (fonts, images, manifests) is a leaf. */
const SCANNED = /\.(?:html|m?js|css)$/;

/** Quoted strings that look like a path of the site: "/x", "./x", "../x", or Vite's base-relative "_astro/x". */
const QUOTED_PATH = /["'`]((?:\.{1,2}\/|\/(?!\/)|_astro\/)[^"'`\s<>(){}]+)["'`]/g;
const CSS_URL = /url\(\s*["']?((?:\.{1,2}\/|\/(?!\/))[^"')\s]+)["']?\s*\)/g;

/** The cache a same-origin address is kept in. */
export function offlineCacheFor(path: string): OfflineCache {
  if (path.endsWith('/') || path.endsWith('.html')) return OFFLINE_CACHES.pages;
  if (ASSET_PREFIXES.some((prefix) => path.startsWith(prefix))) return OFFLINE_CACHES.assets;
  return OFFLINE_CACHES.files;
}

/** The address a built HTML file is visited at: dist's "policy/2025/index.html" is "/policy/2025/". */
export function pageAddress(htmlFile: string): string {
  const path = `/${htmlFile.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The site paths a file's text names, resolved against the file's own address; query and fragment dropped. */
export function referencedPaths(text: string, fromPath: string): string[] {
  const found = new Set<string>();
  for (const pattern of [QUOTED_PATH, CSS_URL]) {
    for (const match of text.matchAll(pattern)) {
      const raw = match[1] ?? '';
      // Vite's preload list names chunks relative to the site root, without the leading slash.
      const base = raw.startsWith('_astro/') ? 'http://site/' : `http://site${fromPath}`;
      try {
        const url = new URL(raw, base);
        if (url.origin === 'http://site') found.add(decodeURI(url.pathname));
      } catch {
        // Text that only looks like a path (in a regex or a message) names no file.
      }
    }
  }
  return [...found];
}

/**
 * Every built file a page needs to work offline: the files its HTML names,
 * and recursively those its scripts and styles name (static and lazy imports,
 * workers, the PDF font). `isFile` tells whether a path is a built file (links to
 * other pages are folders and are left out); `read` gives a scanned file's text.
 * Sorted, without the page itself.
 */
export function filesForPage(htmlPath: string, isFile: (path: string) => boolean, read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (path: string, text: string) => {
    for (const next of referencedPaths(text, path)) {
      if (seen.has(next) || next === htmlPath || !isFile(next) || isOnIntent(next)) continue;
      seen.add(next);
      if (SCANNED.test(next)) visit(next, read(next));
    }
  };
  visit(htmlPath, read(htmlPath));
  return [...seen].sort();
}
