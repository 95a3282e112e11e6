import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { firstLoadChunk } from './src/integrations/firstLoadChunk';
import { pagefindIndex } from './src/integrations/pagefind';
import { pdfFontCheck } from './src/integrations/pdfFont';
import { rehypeNowrapFigures } from './src/markdown/rehypeNowrapFigures';
import { remarkAnchorIds } from './src/markdown/remarkAnchorIds';
import { ocrFiles } from './src/integrations/ocrFiles';
import { serviceWorker } from './src/integrations/serviceWorker';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // External files only: a strict CSP (no inline script) and long-lived caching of hashed assets.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // /log/'s first load in one chunk, as Rollup made it (see firstLoadChunk).
      rolldownOptions: {
        output: { codeSplitting: { groups: firstLoadChunk('LogApp', new URL('./src/islands/LogApp.tsx', import.meta.url)) } },
      },
    },
    // The PDF worker bundles jsPDF, whose optional helpers are split out: module workers (as the backup worker already is).
    worker: { format: 'es' },
    // Dexie's ES-module build instead of its UMD wrapper: same code, about 1.3 KB less gzip on /log/.
    resolve: {
      alias: {
        dexie: 'dexie/dist/modern/dexie.mjs',
        // jsPDF's .html() and SVG helpers are never used: keep their libraries out of the build.
        html2canvas: '/src/pdf/unusedOptionalDependency.ts',
        dompurify: '/src/pdf/unusedOptionalDependency.ts',
        canvg: '/src/pdf/unusedOptionalDependency.ts',
      },
    },
  },
  // No telemetry or prefetch: the site makes no request it does not need.
  prefetch: false,
  devToolbar: { enabled: false },
  // The remark/rehype pipeline (not Astro's default Sätteri): our two plugins are unified plugins.
  // No code blocks, so no Shiki (whose inline styles the CSP would refuse).
  markdown: {
    processor: unified({ remarkPlugins: [remarkAnchorIds], rehypePlugins: [rehypeNowrapFigures] }),
    syntaxHighlight: false,
  },
  // Order matters: the service worker lists every built file, Pagefind's included, so it runs last.
  integrations: [preact(), pdfFontCheck(), ocrFiles(), pagefindIndex(), serviceWorker()],
  server: { host: '127.0.0.1', port: 4321 },
  // Every page gets a <meta> CSP with hashes of Astro's own inline scripts and styles:
  // no 'unsafe-inline', no 'unsafe-eval'. Pagefind's search index is WebAssembly, so
  // the search page alone adds 'wasm-unsafe-eval' (compiling wasm, not eval of
  // JavaScript) through Astro.csp in src/pages/search.astro.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
