import { describe, expect, it } from 'vitest';
import { OFFLINE_CACHES, filesForPage, offlineCacheFor, pageAddress, referencedPaths } from '../../../../src/core/offline/offlineFiles';

/** A small built site: the log reaches the PDF font only through a lazy chunk and a worker. */
const SITE: Record<string, string> = {
  '/log/index.html':
    '<link rel="stylesheet" href="/_astro/log.1.css"><script type="module" src="/_astro/app.1.js"></script><a href="/policy/2025/">通知</a><a href="/">首页</a>',
  '/_astro/log.1.css': 'body{background:url(/icons/bg.png)} .x{background:url("../icons/dot.svg")}',
  '/_astro/app.1.js': 'import{a}from"./shared.1.js";const m=()=>import("./pdf.1.js");const d=["_astro/panel.1.js","_astro/panel.1.css"];fetch("/sw.js")',
  '/_astro/shared.1.js': 'export const a=1; const re=/^\\/log\\//; const s="/"',
  '/_astro/pdf.1.js': 'new Worker(new URL("/_astro/pdfWorker.1.js",import.meta.url))',
  '/_astro/pdfWorker.1.js': 'const f="/fonts/Font.ttf";',
  '/_astro/panel.1.js': 'export default 1',
  '/_astro/panel.1.css': '',
  '/_astro/home.1.js': 'console.log(1)',
  '/fonts/Font.ttf': '\u0000binary "/_astro/home.1.js"',
  '/icons/bg.png': '',
  '/icons/dot.svg': '',
  '/sw.js': '',
  '/index.html': '<script type="module" src="/_astro/home.1.js"></script><a href="/log/">我的学时</a>',
};
const isFile = (path: string) => path in SITE;
const read = (path: string) => SITE[path] ?? '';

describe('the files a page needs offline', () => {
  it('follows the log through styles, static and lazy imports, preload lists and its worker to the PDF font', () => {
    expect(filesForPage('/log/index.html', isFile, read)).toEqual([
      '/_astro/app.1.js',
      '/_astro/log.1.css',
      '/_astro/panel.1.css',
      '/_astro/panel.1.js',
      '/_astro/pdf.1.js',
      '/_astro/pdfWorker.1.js',
      '/_astro/shared.1.js',
      '/fonts/Font.ttf',
      '/icons/bg.png',
      '/icons/dot.svg',
      '/sw.js',
    ]);
  });

  it('keeps a content page small: its own script, not the log, not the font, and not the pages it links to', () => {
    expect(filesForPage('/index.html', isFile, read)).toEqual(['/_astro/home.1.js']);
  });

  it('does not read a binary file for references', () => {
    expect(filesForPage('/log/index.html', isFile, read)).not.toContain('/_astro/home.1.js');
  });

  it('survives a reference cycle and text that is no valid address', () => {
    const cyclic: Record<string, string> = {
      '/a/index.html': '<script src="/_astro/a.js"></script><a href="%E0%A4%A">x</a>',
      '/_astro/a.js': 'import"./b.js";const u="/%zz";',
      '/_astro/b.js': 'import"./a.js"',
    };
    expect(filesForPage('/a/index.html', (path) => path in cyclic, (path) => cyclic[path] ?? '')).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });
});

describe('a referenced path', () => {
  it('resolves relative to the file, roots Vite preload names at the site, and drops queries', () => {
    expect(referencedPaths('"./x.js" "../y.css" "_astro/z.js" "/pagefind/pagefind-entry.json?ts=1"', '/_astro/sub/m.js').sort()).toEqual([
      '/_astro/sub/x.js',
      '/_astro/y.css',
      '/_astro/z.js',
      '/pagefind/pagefind-entry.json',
    ]);
  });

  it('ignores other sites, protocol-relative addresses and comments written like paths', () => {
    expect(referencedPaths('"https://example.com/a.js" "//cdn.example.com/b.js" // not/a/path', '/')).toEqual([]);
  });
});

describe('where a file is cached', () => {
  it.each([
    ['/log/', OFFLINE_CACHES.pages],
    ['/404.html', OFFLINE_CACHES.pages],
    ['/_astro/app.1.js', OFFLINE_CACHES.assets],
    ['/fonts/Font.ttf', OFFLINE_CACHES.assets],
    ['/manifest.webmanifest', OFFLINE_CACHES.files],
    ['/pagefind/pagefind.js', OFFLINE_CACHES.files],
  ])('%s goes to %s', (path, cache) => {
    expect(offlineCacheFor(path)).toBe(cache);
  });

  it('names a page by the address it is visited at', () => {
    expect(pageAddress('policy/2025/index.html')).toBe('/policy/2025/');
    expect(pageAddress('index.html')).toBe('/');
    expect(pageAddress('404.html')).toBe('/404.html');
  });
});
