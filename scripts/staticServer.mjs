// A static host for dist/ as the README asks of a real one: gzip or brotli for
// every textual file (and the PDF font), the caching headers of its table, and
// /404.html with status 404 for an unknown path. `astro preview` compresses
// nothing, which made Lighthouse see 3× the bytes a visitor downloads. Used by
// `npm run audit` and `npm run bench`; only node:http and node:zlib.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
/** What a host compresses: text, and the TrueType font (about two thirds of its size gzipped). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.ttf', '.txt', '.xml']);

function cacheControl(path) {
  if (path.endsWith('.html') || path === '/sw.js' || path === '/manifest.webmanifest' || path === '/pagefind/pagefind-entry.json') return 'no-cache';
  if (path.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=86400';
}

/** Picks the encoding a browser accepts: brotli (sent over HTTPS by Chromium), else gzip. */
function encodingFor(acceptEncoding = '') {
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

/**
 * Serves `root` on 127.0.0.1 (port 0: any free port). Compressed bodies are
 * made once per file and kept, as a host that precompresses at deploy would.
 * `sent` lists every response (path, status, bytes on the wire including
 * headers), so a test can count what a visit costs a reader on mobile data.
 */
export async function serveStatic(root, { port = 0 } = {}) {
  const compressed = new Map();
  const sent = [];
  const body = (file, encoding) => {
    const key = `${encoding}:${file}`;
    let bytes = compressed.get(key);
    if (!bytes) {
      const raw = readFileSync(file);
      bytes =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: raw.length > 1_000_000 ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
          : gzipSync(raw, { level: 9 });
      compressed.set(key, bytes);
    }
    return bytes;
  };
  const server = createServer((request, response) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    const extension = extname(served);
    const encoding = COMPRESSIBLE.has(extension) ? encodingFor(request.headers['accept-encoding']) : null;
    const headers = {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': found ? cacheControl(path.endsWith('/') ? `${path}index.html` : path) : 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    };
    const payload = encoding ? body(served, encoding) : readFileSync(served);
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = String(payload.length);
    const status = found ? 200 : 404;
    // A browser sends one request at a time on a connection, so what the socket wrote meanwhile is this response.
    const socket = request.socket;
    const before = socket.bytesWritten;
    response.on('finish', () => sent.push({ path, status, bytes: socket.bytesWritten - before }));
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : payload);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    sent,
    /** Compresses every compressible file now, so no timed request pays for it. */
    precompress(encodings = ['gzip']) {
      const walk = (folder) => {
        for (const name of readdirSync(folder)) {
          const full = join(folder, name);
          if (statSync(full).isDirectory()) walk(full);
          else if (COMPRESSIBLE.has(extname(full))) for (const encoding of encodings) body(full, encoding);
        }
      };
      walk(root);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
