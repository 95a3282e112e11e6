import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS } from '../../../../src/core/backup/format';
import { previewRestore, restoreSelection } from '../../../../src/core/backup/plan';
import { migrateManifest } from '../../../../src/core/backup/migrate';
import { readBackup } from '../../../../src/core/backup/readBackup';
import { parseUntrustedJson } from '../../../../src/core/backup/safeJson';
import { backupFileName, writeBackup } from '../../../../src/core/backup/writeBackup';
import { sampleBackup } from '../../../helpers/backupFixtures';
import { ROOT } from '../../../helpers/content';

/** Rewrites backup.json inside a valid backup. */
function withManifest(change: (manifest: Record<string, any>) => unknown): Uint8Array {
  const files = unzipSync(writeBackup(sampleBackup()));
  const manifest = JSON.parse(new TextDecoder().decode(files['backup.json']));
  const changed = change(manifest) ?? manifest;
  return zipSync({ ...files, 'backup.json': typeof changed === 'string' ? strToU8(changed) : strToU8(JSON.stringify(changed)) });
}

function refusal(bytes: Uint8Array): string {
  const result = readBackup(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

describe('backup round trip', () => {
  it('reads back exactly what was written, evidence bytes included', () => {
    const original = sampleBackup();
    const result = readBackup(writeBackup(original));
    expect(result).toEqual({ ok: true, backup: original });
  });

  it('writes the same bytes for the same data', () => {
    expect(writeBackup(sampleBackup())).toEqual(writeBackup(sampleBackup()));
  });

  it('names each evidence file with its real extension, so it opens from the zip', () => {
    const original = sampleBackup();
    const [first] = original.evidence;
    if (!first) throw new Error('sample has evidence');
    const kinds = [
      ['image/jpeg', 'jpg'],
      ['image/png', 'png'],
      ['image/webp', 'webp'],
      ['image/gif', 'gif'],
      ['application/pdf', 'pdf'],
    ] as const;
    const backup = { ...original, evidence: kinds.map(([type], index) => ({ ...first, id: `ev-${index}`, type })) };
    const names = Object.keys(unzipSync(writeBackup(backup))).filter((name) => name.startsWith('evidence/'));
    expect(names.sort()).toEqual(kinds.map(([, extension], index) => `evidence/ev-${index}.${extension}`).sort());
  });

  it('names the file by date', () => {
    expect(backupFileName('2025-11-27')).toBe('学时簿备份-2025-11-27.zip');
  });

  it('brings a version 1 backup’s offline study stored as platform-recorded under the new rules: 需申报·待申报', () => {
    const bytes = withManifest((m) => ({
      ...m,
      version: 1,
      entries: m.entries.map((entry: Record<string, unknown>, index: number) => (index === 0 ? { ...entry, kind: 'public', way: 'inPerson', recording: 'platform', status: 'notDeclared' } : entry)),
    }));
    const result = readBackup(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.entries[0]?.entry).toMatchObject({ way: 'inPerson', recording: 'declare', status: 'notDeclared' });
    expect(result.backup.migrationNotes).toEqual(['1 条记录不是在线学习，却记为“平台学习入口自动记录”：已改为“需申报·待申报”，不再计入已计入学时。']);
    expect(migrateManifest({ ...JSON.parse(new TextDecoder().decode(unzipSync(bytes)['backup.json'])) })).toMatchObject({
      ok: true,
      notes: ['1 条记录不是在线学习，却记为“平台学习入口自动记录”：已改为“需申报·待申报”，不再计入已计入学时。'],
    });
  });

  it('reads the version 2 fixture, written by this version', () => {
    const result = readBackup(new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'backups', 'v2.zip'))));
    expect(result.ok && result.backup).toEqual(sampleBackup());
  });

  it('still reads the version 1 fixture', () => {
    const result = readBackup(new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'backups', 'v1.zip'))));
    expect(result.ok && result.backup).toEqual(sampleBackup());
  });
});

describe('a bad backup is refused with a reason', () => {
  it.each([
    ['not a zip', () => strToU8('hello'), '不是压缩包'],
    ['a corrupt zip', () => writeBackup(sampleBackup()).slice(0, 60), '已损坏'],
    ['a zip without backup.json', () => zipSync({ 'readme.txt': strToU8('x') }), '缺少 backup.json'],
    ['another app’s JSON', () => withManifest(() => ({ hello: 'world' })), '不是学时簿的备份文件'],
    ['a newer format version', () => withManifest((m) => ({ ...m, version: 3 })), '来自更新版本的学时簿'],
    ['version zero', () => withManifest((m) => ({ ...m, version: 0 })), '版本号无效'],
    ['a __proto__ key', () => withManifest((m) => JSON.stringify(m).replace('"profile":{', '"profile":{"__proto__":{"polluted":true},')), '“__proto__”'],
    ['a constructor key', () => withManifest((m) => ({ ...m, entries: [{ ...m.entries[0], constructor: 1 }] })), '“constructor”'],
    ['deep nesting', () => withManifest((m) => JSON.stringify({ ...m, x: 0 }).replace('"x":0', `"x":${'['.repeat(5000)}${']'.repeat(5000)}`)), '嵌套过深'],
    ['JSON that does not parse', () => withManifest(() => '{"format": "xueshibu-backup", '), '不是有效的 JSON'],
    ['an entry with zero hours', () => withManifest((m) => ({ ...m, entries: [{ ...m.entries[0], hoursTenths: 0 }] })), '第 1 条记录有误：学时须大于 0'],
    ['a huge number', () => withManifest((m) => ({ ...m, entries: [{ ...m.entries[0], hoursTenths: 1e308 }] })), '第 1 条记录有误'],
    ['duplicate entry ids', () => withManifest((m) => ({ ...m, entries: [m.entries[0], m.entries[0]] })), '重复的记录编号'],
    ['evidence of a missing entry', () => withManifest((m) => ({ ...m, entries: [m.entries[0]] })), '所属的记录不在备份中'],
    ['evidence whose file is missing', () => zipSync({ 'backup.json': unzipSync(writeBackup(sampleBackup()))['backup.json'] ?? new Uint8Array() }), '的文件不在备份中'],
    ['evidence that claims to be an image but is not', () => {
      const files = unzipSync(writeBackup(sampleBackup()));
      return zipSync({ ...files, 'evidence/ev-1.png': new Uint8Array([0x4d, 0x5a, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) });
    }, '不是本站能读取的图片或 PDF 文件'],
    ['a path that leaves the evidence folder', () => withManifest((m) => ({ ...m, evidence: [{ ...m.evidence[0], path: '../../etc/passwd' }] })), '凭证文件路径不正确'],
    ['a missing timestamp', () => withManifest((m) => ({ ...m, exportedAt: undefined })), '导出时间：缺少时间戳'],
  ])('%s', (_label, make, message) => {
    expect(refusal(make())).toContain(message);
  });

  it('a 200 MB file is refused by its size before it is read', () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    big[0] = 0x50;
    big[1] = 0x4b;
    expect(refusal(big)).toContain(`超过备份文件上限 ${BACKUP_LIMITS.fileBytes / 1024 / 1024} 兆字节`);
  });
});

describe('parseUntrustedJson', () => {
  it('does not count brackets inside strings as nesting', () => {
    expect(parseUntrustedJson(JSON.stringify({ text: '['.repeat(1000) }))).toEqual({ ok: true, value: { text: '['.repeat(1000) } });
  });
});

describe('restore preview and selection', () => {
  const backup = sampleBackup();
  const [a, b] = backup.entries.map((item) => item.entry);

  it('counts new, identical, conflicting and device-only entries', () => {
    const here = [a!, { ...b!, title: '本机改过的标题' }, { ...a!, id: 'only-here' }];
    expect(previewRestore(here, backup, new Set(), '2026-12-31')).toEqual({ added: 0, identical: 1, conflicting: 1, onlyHere: 1, evidenceFiles: 1, evidenceRekeyed: 0, refused: [] });
    expect(previewRestore([], backup, new Set(), '2026-12-31')).toEqual({ added: 2, identical: 0, conflicting: 0, onlyHere: 0, evidenceFiles: 1, evidenceRekeyed: 0, refused: [] });
  });

  it('merge adds only what is new and keeps the device’s version of a conflict, with its evidence', () => {
    const merged = restoreSelection([{ ...b!, title: '本机改过的标题' }], backup, 'merge');
    expect(merged.entries.map((item) => item.entry.id)).toEqual(['entry-a']);
    expect(merged.evidence).toEqual([]);
    expect(restoreSelection([], backup, 'replace')).toBe(backup);
  });
});
