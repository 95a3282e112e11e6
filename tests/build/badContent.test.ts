import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

let workdir: string | undefined;

afterEach(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
  workdir = undefined;
});

/** Builds a copy of the site with one content file changed, and returns what the build printed. */
function buildWith(file: string, change: (text: string) => string): { status: number | null; output: string } {
  workdir = mkdtempSync(join(tmpdir(), 'xueshibu-bad-content-'));
  for (const entry of ['src', 'content', 'public', 'assets', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(workdir, entry), { recursive: true });
  }
  // Link the packages one by one: Astro and Vite keep caches in node_modules/.astro and .vite,
  // and a shared cache would let the broken copy leak into the real build.
  mkdirSync(join(workdir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(workdir, 'node_modules', name));
  }
  const target = join(workdir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: workdir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a content file that breaks its schema fails the build, naming the file and the field', () => {
  it('a notice missing its issue date', () => {
    const { status, output } = buildWith('content/policy/2025.md', (text) => text.replace(/^issuedOn: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('policy');
    expect(output).toContain('2025');
    expect(output).toContain('issuedOn');
  });

  it('a duplicate base', () => {
    const { status, output } = buildWith('content/bases/bases.json', (text) => text.replace('"name": "河南中医药大学"', '"name": "河南大学"'));
    expect(status).not.toBe(0);
    expect(output).toContain('bases');
    expect(output).toContain('bases.1.name');
    expect(output).toContain('与第 1 项重复');
  });

  it('a guidance link to a paragraph that does not exist', () => {
    const { status, output } = buildWith('content/guidance/faq.md', (text) => text.replace('/policy/2025/#s5-4', '/policy/2025/#s5-9'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/guidance/faq.md');
    expect(output).toContain('/policy/2025/#s5-9');
  });

  it('a rule below the national floor', () => {
    const { status, output } = buildWith('content/rules/2025.json', (text) => text.replace('"value": 900', '"value": 600'));
    expect(status).not.toBe(0);
    expect(output).toContain('totalTenths.value');
    expect(output).toContain('全国下限');
  });
}, 300_000);
