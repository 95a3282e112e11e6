import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

/** The header block the README asks a host to send. */
function readmeHeaders(): [string, string][] {
  const readme = read('README.md');
  const block = /A meta tag cannot set everything[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .trim()
    .split('\n')
    .map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}

describe('host config files carry every header the README lists', () => {
  const headers = readmeHeaders();

  it('the README lists the six headers', () => {
    expect(headers.map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Strict-Transport-Security',
    ]);
  });

  it('public/_headers sends each on every path, and the caching rules', () => {
    const file = read('public', '_headers');
    const all = /^\/\*\n((?: {2}.+\n)+)/m.exec(file)?.[1] ?? '';
    for (const [name, value] of headers) expect(all).toContain(`  ${name}: ${value}\n`);
    expect(file).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
    expect(file).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(file).toMatch(/^\/manifest\.webmanifest\n {2}Cache-Control: no-cache\n {2}Content-Type: application\/manifest\+json$/m);
  });

  it('the nginx snippet sets each with always, and every location includes it', () => {
    const snippet = read('docs', 'hosting', 'security-headers.conf');
    for (const [name, value] of headers) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
    const nginx = read('docs', 'hosting', 'nginx.conf');
    const locations = nginx.split(/\n\s*location /).slice(1);
    expect(locations.length).toBeGreaterThan(3);
    for (const location of locations) expect(location.split('}')[0]).toContain('include /etc/nginx/snippets/xueshibu-security-headers.conf;');
    expect(nginx).toContain('location = /sw.js');
    expect(nginx).toContain('error_page 404 /404.html;');
  });
});
