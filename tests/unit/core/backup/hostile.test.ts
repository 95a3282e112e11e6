import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS, EVIDENCE_ID_PATTERN, isRealTimestamp } from '../../../../src/core/backup/format';
import { readBackup, type Backup } from '../../../../src/core/backup/readBackup';
import { writeBackup } from '../../../../src/core/backup/writeBackup';
import { crc32, inflateMember, listZip } from '../../../../src/core/backup/zipReader';
import { sampleBackup } from '../../../helpers/backupFixtures';
import { craftZip, honestMember, zeroBombStream, type CraftedMember } from '../../../helpers/zipCraft';

const LATIN_WORD = /[A-Za-z]{4,}/;

function manifestOf(backup: Backup = sampleBackup()): Record<string, any> {
  return JSON.parse(new TextDecoder().decode(unzipSync(writeBackup(backup))['backup.json']));
}

/** A zip of the sample backup's members, each passed through `change` first. */
function craftedSample(change: (member: CraftedMember) => CraftedMember = (member) => member, manifest = manifestOf()): Uint8Array {
  const files = unzipSync(writeBackup(sampleBackup()));
  files['backup.json'] = strToU8(JSON.stringify(manifest));
  return craftZip(Object.entries(files).map(([name, data]) => change(honestMember(name, data, name === 'backup.json' ? 8 : 0))));
}

function refusal(bytes: Uint8Array): string {
  const result = readBackup(bytes);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.message).toMatch(/[\u4e00-\u9fff]/);
  expect(result.message).not.toMatch(/。。/);
  return result.message;
}

function withEvidenceId(id: string): Backup {
  const backup = sampleBackup();
  return { ...backup, evidence: backup.evidence.map((item) => ({ ...item, id })) };
}

describe('evidence ids become zip paths only through one alphabet', () => {
  it.each(['../../../pwned', '凭证1', 'a b', 'x/y', '..', '.', '.hidden', ''])('an incoming id %j is refused', (id) => {
    const manifest = manifestOf();
    manifest.evidence[0].id = id;
    expect(refusal(craftedSample(undefined, manifest))).toMatch(/凭证编号/);
  });

  it('every id the reader accepts survives a write and a read, and lands at evidence/<id>.<ext>', () => {
    fc.assert(
      fc.property(fc.stringMatching(EVIDENCE_ID_PATTERN), (id) => {
        const backup = withEvidenceId(id);
        const bytes = writeBackup(backup);
        expect(Object.keys(unzipSync(bytes))).toContain(`evidence/${id}.png`);
        const again = readBackup(bytes);
        expect(again).toEqual({ ok: true, backup });
      }),
      { numRuns: 300 },
    );
  });

  it('a device holding ids from before the check still writes backups that read back, with no path built from them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 100 }), { minLength: 1, maxLength: 4 }), (ids) => {
        const base = sampleBackup();
        const first = base.evidence[0]!;
        const backup: Backup = { ...base, evidence: ids.map((id) => ({ ...first, id, data: first.data.slice() })) };
        const bytes = writeBackup(backup);
        for (const name of Object.keys(unzipSync(bytes))) expect(name).toMatch(/^(backup\.json|evidence\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99})$/);
        const again = readBackup(bytes);
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.backup.evidence).toHaveLength(ids.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('timestamps are real instants', () => {
  it.each(['2025-02-30T00:00:00Z', '9999-99-99T99:99:99Z', '2025-01-01T24:00:00Z', '2025-01-01T12:60:00Z', '2025-13-01T00:00:00.000Z', '2025-01-01 00:00:00Z'])('%s is not one', (value) => {
    expect(isRealTimestamp(value)).toBe(false);
  });
  it.each(['2025-02-28T23:59:59Z', '2024-02-29T00:00:00.000Z', '2025-11-27T08:00:00.123456Z'])('%s is one', (value) => {
    expect(isRealTimestamp(value)).toBe(true);
  });
  it.each([
    ['exportedAt', (m: Record<string, any>) => ({ ...m, exportedAt: '2025-02-30T00:00:00Z' }), '导出时间'],
    ['an entry’s createdAt', (m: Record<string, any>) => ({ ...m, entries: [{ ...m.entries[0], createdAt: '9999-99-99T99:99:99Z' }, m.entries[1]] }), '创建时间'],
    ['evidence addedAt', (m: Record<string, any>) => ({ ...m, evidence: [{ ...m.evidence[0], addedAt: '2025-04-31T00:00:00Z' }] }), '添加时间'],
  ])('a backup with an impossible %s is refused', (_label, change, field) => {
    expect(refusal(craftedSample(undefined, change(manifestOf()) as Record<string, any>))).toContain(`${field}：时间戳不是真实的时刻`);
  });
});

describe('the zip is read without trusting what it declares', () => {
  it('a backup.json that inflates to 1.5 GB while declaring 1 KB is refused within 5 s', () => {
    const bomb: CraftedMember = { name: 'backup.json', stored: zeroBombStream(1.5 * 1024 * 1024 * 1024), method: 8, crc: 0, declaredSize: 1024 };
    const started = performance.now();
    expect(refusal(craftZip([bomb]))).toContain('“backup.json”解压后过大');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('an evidence member that inflates far past its recorded size is stopped at that size', () => {
    const file = craftedSample((member) => (member.name.startsWith('evidence/') ? { ...member, method: 8, stored: zeroBombStream(1.5 * 1024 * 1024 * 1024) } : member));
    const started = performance.now();
    expect(refusal(file)).toContain('大小与记录不符');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('counts real bytes, not declared ones: inflating stops just past the cap', () => {
    const stream = zeroBombStream(64 * 1024 * 1024);
    const zip = craftZip([{ name: 'x', stored: stream, method: 8, crc: 0, declaredSize: 10 }]);
    const listing = listZip(zip);
    if (!listing.ok) throw new Error(listing.message);
    const member = listing.members.get('x')!;
    expect(inflateMember(zip, member, 1024 * 1024)).toMatchObject({ ok: false, tooLarge: true });
    const allowed = craftZip([honestMember('y', new Uint8Array(3 * 1024 * 1024))]);
    const small = listZip(allowed);
    if (!small.ok) throw new Error(small.message);
    expect(inflateMember(allowed, small.members.get('y')!, 3 * 1024 * 1024)).toMatchObject({ ok: true });
    expect(inflateMember(allowed, small.members.get('y')!, 3 * 1024 * 1024 - 1)).toMatchObject({ ok: false, tooLarge: true });
  });

  it('declared evidence sizes adding up past the total cap are refused before any evidence is inflated', () => {
    const manifest = manifestOf();
    const one = manifest.evidence[0];
    manifest.evidence = Array.from({ length: 120 }, (_, index) => ({ ...one, id: `e${index}`, size: BACKUP_LIMITS.evidenceBytes }));
    expect(refusal(craftedSample(undefined, manifest))).toContain('解压后过大');
  });

  it.each([
    ['backup.json', (member: CraftedMember) => (member.name === 'backup.json' ? { ...member, crc: (member.crc + 1) >>> 0 } : member)],
    ['an evidence file', (member: CraftedMember) => (member.name.startsWith('evidence/') ? { ...member, crc: (member.crc ^ 0xff) >>> 0 } : member)],
  ])('a CRC-32 mismatch in %s is refused', (_label, change) => {
    expect(refusal(craftedSample(change))).toContain('校验和（CRC-32）不符');
  });

  it('altered evidence bytes under the original CRC are refused', () => {
    const file = craftedSample((member) => {
      if (!member.name.startsWith('evidence/')) return member;
      const stored = member.stored.slice();
      stored[stored.length - 1] = (stored[stored.length - 1] ?? 0) ^ 1;
      return { ...member, stored };
    });
    expect(refusal(file)).toContain('CRC-32');
  });

  it('crc32 matches the zip standard', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(strToU8('56789'), crc32(strToU8('1234')))).toBe(0xcbf43926);
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    expect(readBackup(writeBackup(sampleBackup()), { onProgress: (fraction) => seen.push(fraction) }).ok).toBe(true);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((value, index) => index === 0 || value >= seen[index - 1]!)).toBe(true);
  });
});

describe('backup.json must be UTF-8', () => {
  it('a GBK-encoded manifest is refused, not read garbled', () => {
    const text = JSON.stringify(manifestOf());
    // 王 in GBK is CD F5: not valid UTF-8.
    const bytes = strToU8(text.replace('王喆', 'XX'));
    const at = text.replace('王喆', 'XX').indexOf('XX');
    bytes[at] = 0xcd;
    bytes[at + 1] = 0xf5;
    const files = unzipSync(writeBackup(sampleBackup()));
    const zip = craftZip([honestMember('backup.json', bytes), honestMember('evidence/ev-1.png', files['evidence/ev-1.png']!, 0)]);
    expect(refusal(zip)).toContain('不是有效的 UTF-8 文本');
  });
});

describe('no English from a library reaches the person', () => {
  it.each([
    ['svg evidence', (m: Record<string, any>) => ({ ...m, evidence: [{ ...m.evidence[0], type: 'image/svg+xml' }] }), '凭证 第 1 项 文件类型的取值不在允许的范围内'],
    ['html evidence', (m: Record<string, any>) => ({ ...m, evidence: [{ ...m.evidence[0], type: 'text/html' }] }), '文件类型'],
    ['an unknown key', (m: Record<string, any>) => ({ ...m, extra: 1 }), '不认识的字段“extra”'],
    ['an unknown evidence key', (m: Record<string, any>) => ({ ...m, evidence: [{ ...m.evidence[0], script: 'x' }] }), '“script”'],
    ['hours as a string', (m: Record<string, any>) => ({ ...m, entries: [{ ...m.entries[0], hoursTenths: '125' }, m.entries[1]] }), '第 1 条记录有误：学时须为数字，这里是文本“125”'],
    ['hours of 1e308', (m: Record<string, any>) => ({ ...m, entries: [{ ...m.entries[0], hoursTenths: 1e308 }, m.entries[1]] }), '第 1 条记录有误：学时过大'],
    ['hours of 12.5 stored unscaled', (m: Record<string, any>) => ({ ...m, entries: [{ ...m.entries[0], hoursTenths: 12.5 }, m.entries[1]] }), '不是整数'],
    ['an entry without a title', (m: Record<string, any>) => ({ ...m, entries: [{ ...m.entries[0], title: undefined }, m.entries[1]] }), '请填写项目名称'],
    ['profile as a number', (m: Record<string, any>) => ({ ...m, profile: 3 }), '个人信息'],
  ])('%s', (_label, change, expected) => {
    const message = refusal(craftedSample(undefined, change(manifestOf()) as Record<string, any>));
    expect(message).toContain(expected);
    expect(message).not.toMatch(LATIN_WORD.test(expected) ? /Invalid|Unrecognized|expected/ : LATIN_WORD);
  });

  it('hours of 1e999 (Infinity once parsed) get a message about the number', () => {
    const text = JSON.stringify(manifestOf()).replace('"hoursTenths":125', '"hoursTenths":1e999');
    const files = unzipSync(writeBackup(sampleBackup()));
    const zip = craftZip([honestMember('backup.json', strToU8(text)), honestMember('evidence/ev-1.png', files['evidence/ev-1.png']!, 0)]);
    expect(refusal(zip)).toContain('第 1 条记录有误：学时超出可表示的数值范围');
  });
});
