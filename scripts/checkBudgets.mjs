// Size budgets on the production build (bytes, never times). Prints a table;
// exits non-zero naming the page and the files when a budget is exceeded.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const KB = 1024;

/** Budgets in gzip bytes. The log app may load more on intent (evidence, writes); this is what a visit loads first. */
const BUDGETS = {
  logInitialJs: 60 * KB,
  /** The unit's ledger (/unit/): an app like the log; its import reader and 回执 load on intent. */
  unitInitialJs: 60 * KB,
  contentPageJs: 5 * KB,
  cssPerPage: 12 * KB,
  /** The PDF font, per weight (one weight is shipped). */
  pdfFontGzip: 1.7 * 1024 * KB,
};

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const read = (path) => readFileSync(join(DIST, path.replace(/^\//, '')));

function htmlPages(folder = DIST) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const STATIC_IMPORT = /(?:^|[;\n})])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g;

/** A module and everything it imports statically (what must load before it runs); dynamic import() is left out. */
function moduleGraph(url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const text = read(url).toString('utf8');
  for (const match of text.matchAll(STATIC_IMPORT)) {
    const target = new URL(match[1], `http://x${url}`).pathname;
    moduleGraph(target, seen);
  }
  return seen;
}

function pageBudget(file) {
  const html = readFileSync(file, 'utf8');
  const page = `/${relative(DIST, file)}`.replace(/index\.html$/, '').replace(/\.html$/, '/');
  const modules = new Set();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) moduleGraph(match[1], modules);
  for (const match of html.matchAll(/<astro-island[^>]*?\bcomponent-url="([^"]+)"[^>]*?\brenderer-url="([^"]+)"/g)) {
    moduleGraph(match[1], modules);
    moduleGraph(match[2], modules);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
  const files = [...modules].map((url) => ({ url, gzip: gz(read(url)) }));
  const inlineGzip = inline.trim() === '' ? 0 : gz(Buffer.from(inline));
  const js = files.reduce((sum, item) => sum + item.gzip, inlineGzip);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((sum, match) => sum + gz(read(match[1])), 0);
  return { page, js, css, files, inlineGzip };
}

const failures = [];
const rows = [];
for (const file of htmlPages().sort()) {
  const result = pageBudget(file);
  const jsBudget = result.page === '/log/' ? BUDGETS.logInitialJs : result.page === '/unit/' ? BUDGETS.unitInitialJs : BUDGETS.contentPageJs;
  rows.push(`| ${result.page} | ${(result.js / KB).toFixed(2)} | ${(jsBudget / KB).toFixed(0)} | ${(result.css / KB).toFixed(2)} | ${(BUDGETS.cssPerPage / KB).toFixed(0)} |`);
  if (result.js > jsBudget) {
    const detail = result.files
      .sort((a, b) => b.gzip - a.gzip)
      .map((item) => `${item.url} ${(item.gzip / KB).toFixed(2)} KB`)
      .join(', ');
    failures.push(`${result.page}: initial JavaScript ${(result.js / KB).toFixed(2)} KB gzip > ${(jsBudget / KB).toFixed(0)} KB (${detail}; inline ${(result.inlineGzip / KB).toFixed(2)} KB)`);
  }
  if (result.css > BUDGETS.cssPerPage) failures.push(`${result.page}: CSS ${(result.css / KB).toFixed(2)} KB gzip > ${BUDGETS.cssPerPage / KB} KB`);
}

const font = read('/fonts/NotoSansSC-Regular.ttf');
const fontGzip = gz(font);
if (fontGzip > BUDGETS.pdfFontGzip) failures.push(`/fonts/NotoSansSC-Regular.ttf: ${(fontGzip / KB).toFixed(0)} KB gzip > ${(BUDGETS.pdfFontGzip / KB).toFixed(0)} KB`);
// What the worker downloads is budgeted by the build itself (src/integrations/serviceWorker.ts); reported here.
const sw = read('/sw.js').toString('utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
const precacheBytes = precached.reduce((sum, url) => sum + read(`/${url}`).length, 0);
if (precached.length === 0) failures.push('sw.js: no precache manifest found');
const plan = JSON.parse(sw.match(/^const OFFLINE = (.*);$/m)?.[1] ?? 'null');
if (!plan) failures.push('sw.js: no offline plan found');
const kept = (address) => (plan?.pages[address] ?? []).map((index) => plan.files[index].url).slice(1);
const keptSize = (address) => {
  const bytes = kept(address).map((url) => read(url));
  return { count: bytes.length, raw: bytes.reduce((sum, item) => sum + item.length, 0), gzip: bytes.reduce((sum, item) => sum + gz(item), 0) };
};

console.log('| page | JS KB gzip | budget | CSS KB gzip | budget |\n| --- | ---: | ---: | ---: | ---: |');
console.log(rows.join('\n'));
console.log(`\nPDF font: ${(font.length / KB).toFixed(0)} KB, ${(fontGzip / KB).toFixed(0)} KB gzip (budget ${(BUDGETS.pdfFontGzip / KB).toFixed(0)} KB gzip)`);
console.log(`Installed with the service worker: ${precached.length} files, ${(precacheBytes / KB).toFixed(0)} KB`);
for (const address of Object.keys(plan?.pages ?? {}).sort()) {
  const size = keptSize(address);
  console.log(`Kept offline once ${address} is opened: ${size.count} files, ${(size.raw / KB).toFixed(0)} KB, ${(size.gzip / KB).toFixed(0)} KB gzip`);
}
if (failures.length > 0) {
  console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll size budgets held.');
