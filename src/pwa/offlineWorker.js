// Appended to the generated service worker, after the build has defined OFFLINE:
// { message, pagesCache, pages: { address: [file index…] }, files: [{ url, cache, sha256 }], current: { cache: [path…] } }.
// A page asks (KEEP message, its address) once it is idle; the worker then keeps
// the page and every file it needs, downloading only what is missing or changed,
// and answers { ready } on the message's port when one is given.
/* global OFFLINE */

const keeping = new Map();
const PARALLEL = 3;

async function sha256Hex(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A file is current when cached and byte-identical to this build's. */
async function isCurrent(cache, file) {
  const cached = await cache.match(file.url, { ignoreVary: true });
  if (!cached) return false;
  return (await sha256Hex(await cached.arrayBuffer())) === file.sha256;
}

async function download(file, mode) {
  const response = await fetch(file.url, { cache: mode, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  return { response, body, matches: (await sha256Hex(body)) === file.sha256 };
}

async function keepFile(file) {
  const cache = await caches.open(file.cache);
  if (await isCurrent(cache, file)) return;
  // The browser's own cache usually holds what the page just loaded, so most files cost no transfer;
  // a copy from an older build there is fetched again from the network.
  let got = await download(file, 'default');
  if (!got.matches) got = await download(file, 'reload');
  const { response, body } = got;
  // The body is stored decoded; headers describing the transfer would no longer be true of it.
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  await cache.put(file.url, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

function keepPage(address) {
  const indexes = OFFLINE.pages[address];
  if (!indexes) return Promise.resolve(false);
  let run = keeping.get(address);
  if (!run) {
    const queue = indexes.map((index) => OFFLINE.files[index]);
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await keepFile(file);
    };
    run = Promise.all(Array.from({ length: PARALLEL }, worker))
      .then(() => true, () => false)
      .finally(() => keeping.delete(address));
    keeping.set(address, run);
  }
  return run;
}

let refreshed = null;

/** Drops from the caches every file this build no longer has. */
async function dropOldFiles() {
  await Promise.all(
    Object.entries(OFFLINE.current).map(async ([name, paths]) => {
      const keep = new Set(paths);
      const cache = await caches.open(name);
      const requests = await cache.keys();
      await Promise.all(requests.filter((request) => !keep.has(new URL(request.url).pathname)).map((request) => cache.delete(request)));
    }),
  );
}

/**
 * Pages kept under an older build still name that build's files: each kept page
 * is brought up to this build first, and only when all of them are are the old
 * files dropped, so a page read offline never loses its scripts or styles.
 * Once per worker; tried again on the next page's message if a download failed.
 */
function refreshKeptPages() {
  if (!refreshed) {
    refreshed = (async () => {
      const pages = await caches.open(OFFLINE.pagesCache);
      const kept = new Set((await pages.keys()).map((request) => new URL(request.url).pathname));
      const results = await Promise.all([...kept].filter((address) => address in OFFLINE.pages).map(keepPage));
      if (!results.every(Boolean)) throw new Error('a kept page could not be brought up to date');
      await dropOldFiles();
    })().catch(() => {
      refreshed = null;
    });
  }
  return refreshed;
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== OFFLINE.message || typeof data.page !== 'string') return;
  const port = event.ports && event.ports[0];
  event.waitUntil(
    keepPage(data.page)
      .then((ready) => port && port.postMessage({ ready }))
      .then(refreshKeptPages),
  );
});
