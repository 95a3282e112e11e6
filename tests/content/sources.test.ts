import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIONAL_MIN_TOTAL_TENTHS } from '../../src/core/schemas/ruleSet';
import { NATIONAL_RULE, SEED, SOURCES } from '../helpers/content';

/** The table of content/sources/README.md: file name → recorded SHA-256. */
function recordedHashes(): Map<string, string> {
  const readme = readFileSync(join(SOURCES, 'README.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const line of readme.split('\n')) {
    const row = /^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/.exec(line);
    if (row) rows.set(row[1] ?? '', row[2] ?? '');
  }
  return rows;
}

describe('content/sources', () => {
  const recorded = recordedHashes();

  it('lists every file of the folder in its README, and only those', () => {
    const files = readdirSync(SOURCES).filter((name) => name !== 'README.md').sort();
    expect([...recorded.keys()].sort()).toEqual(files);
  });

  it('holds each file byte for byte as recorded', () => {
    for (const [name, hash] of recorded) {
      expect(createHash('sha256').update(readFileSync(join(SOURCES, name))).digest('hex'), name).toBe(hash);
    }
  });

  it('keeps the notice as published: its no-break spaces and the 附件1 marker above the title', () => {
    const text = readFileSync(SEED, 'utf8');
    expect(text).toContain('\u00a0');
    const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
    expect(lines.slice(0, 2)).toEqual(['附件1', '河南省人力资源和社会保障厅关于做好2025年全省专业技术人员继续教育工作的通知']);
  });

  it('the rules schema keeps the national floor of 人社部令第25号 art. 8', () => {
    const article8 = readFileSync(NATIONAL_RULE, 'utf8')
      .split(/\n(?=- )/)
      .find((item) => item.startsWith('- Article 8'));
    expect(article8).toMatch(/at least 90 学时 in total/);
    expect(article8).toMatch(/专业科目 generally at least two\s+thirds of the total/);
    expect(NATIONAL_MIN_TOTAL_TENTHS).toBe(900);
  });
});
