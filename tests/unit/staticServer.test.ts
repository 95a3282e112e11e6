import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/staticServer.mjs';

/** The audit's and bench's host must compress like a real one, or Lighthouse measures bytes no visitor downloads. */
const root = mkdtempSync(join(tmpdir(), 'xueshibu-static-'));
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  mkdirSync(join(root, 'log'));
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, 'log', 'index.html'), `<!doctype html><title>log</title>${'<p>学时</p>'.repeat(200)}`);
  writeFileSync(join(root, '_astro', 'app.abc123.js'), `export const a = ${JSON.stringify('x'.repeat(5000))};`);
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>404</title>');
  writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${server.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server of the audit and the bench', () => {
  it.each([
    ['/log/', 'gzip, deflate, br', 'br', 'no-cache'],
    ['/log/', 'gzip, deflate', 'gzip', 'no-cache'],
    ['/_astro/app.abc123.js', 'gzip', 'gzip', 'public, max-age=31536000, immutable'],
    ['/sw.js', 'gzip', 'gzip', 'no-cache'],
  ])('%s with Accept-Encoding "%s" comes %s-compressed, cached as "%s"', async (path, accept, encoding, cache) => {
    const response = await get(path, accept);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['cache-control']).toBe(cache);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
  });

  it('sends the same bytes, only smaller', async () => {
    const response = await get('/log/', 'gzip');
    const html = gunzipSync(response.body).toString('utf8');
    expect(html).toContain('<p>学时</p>');
    expect(response.body.length).toBeLessThan(Buffer.byteLength(html) / 5);
  });

  it('leaves images and clients without compression alone', async () => {
    expect((await get('/icon.png', 'gzip')).headers['content-encoding']).toBeUndefined();
    expect((await get('/log/', '')).headers['content-encoding']).toBeUndefined();
  });

  it('answers an unknown path with the 404 page and status 404', async () => {
    const response = await get('/nowhere/', 'identity');
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).toContain('<title>404</title>');
  });
});

describe('the byte count of the static server', () => {
  it('records each response with the compressed body and its headers, as a phone on mobile data pays for it', async () => {
    const before = server.sent.length;
    const response = await get('/log/', 'gzip');
    const record = server.sent.slice(before);
    expect(record).toHaveLength(1);
    expect(record[0]).toMatchObject({ path: '/log/', status: 200 });
    const headerBytes = Object.entries(response.headers).reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
    expect(record[0]?.bytes).toBeGreaterThan(response.body.length + headerBytes);
    expect(record[0]?.bytes).toBeLessThan(response.body.length + headerBytes + 400);
  });

  it('counts an unknown path too, since the 404 page is sent', async () => {
    const before = server.sent.length;
    await get('/nowhere/', 'identity');
    expect(server.sent.slice(before)).toEqual([expect.objectContaining({ path: '/nowhere/', status: 404 })]);
  });
});
