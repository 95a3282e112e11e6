import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../src/core/backup/readBackup';
import { writeBackup } from '../../src/core/backup/writeBackup';
import { applyBackup, backupStatus, recordBackup, snapshotForBackup } from '../../src/db/backup';
import type { AppDatabase } from '../../src/db/database';
import { addEntry } from '../../src/db/entryWrites';
import { addEvidence } from '../../src/db/evidence';
import { syntheticEntries } from '../../bench/syntheticEntries';
import { sampleBackup } from '../helpers/backupFixtures';
import { fileOf, freshDatabase, PNG_BYTES, sampleEntry } from './helpers';

let open: AppDatabase[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
function fresh() {
  const made = freshDatabase();
  open.push(made.db);
  return made.db;
}

const META = { exportedAt: '2025-11-27T08:00:00.000Z', appVersion: '0.1.0' };

describe('backup and restore through the database', () => {
  it('10,000 entries with evidence come back identical on a fresh device', async () => {
    const source = fresh();
    const entries = syntheticEntries(10_000, 2025);
    const backup = sampleBackup();
    await applyBackup(source, { ...backup, entries: entries.map((entry) => ({ entry, createdAt: META.exportedAt, updatedAt: META.exportedAt })), evidence: [] }, 'replace');
    await addEvidence(source, 'bench-7', fileOf('证书.png', PNG_BYTES), 'ev-7');
    const before = await snapshotForBackup(source, META);
    const file = writeBackup(before);

    const target = fresh();
    const read = readBackup(file);
    if (!read.ok) throw new Error(read.message);
    await applyBackup(target, read.backup, 'replace');
    const after = await snapshotForBackup(target, META);
    expect(after.entries).toHaveLength(10_000);
    expect(after).toEqual(before);
    expect(after.evidence[0]?.data).toEqual(PNG_BYTES);
  }, 60_000);

  it('merge keeps what is on the device and adds the rest; replace takes the backup as it is', async () => {
    const db = fresh();
    const mine = sampleEntry({ id: 'entry-b', title: '本机改过的标题' });
    await addEntry(db, mine);
    await addEntry(db, sampleEntry({ id: 'only-here' }));
    const backup = sampleBackup();
    await applyBackup(db, { ...backup, entries: backup.entries.filter((item) => item.entry.id !== 'entry-b'), evidence: [] }, 'merge');
    const merged = await snapshotForBackup(db, META);
    expect(merged.entries.map((item) => item.entry.id).sort()).toEqual(['entry-a', 'entry-b', 'only-here']);
    expect(merged.entries.find((item) => item.entry.id === 'entry-b')?.entry.title).toBe('本机改过的标题');
    await applyBackup(db, backup, 'replace');
    const replaced = await snapshotForBackup(db, META);
    expect(replaced.entries.map((item) => item.entry.id).sort()).toEqual(['entry-a', 'entry-b']);
    expect(replaced.profile).toEqual(backup.profile);
  });

  it('remembers the last backup and counts changes since', async () => {
    const db = fresh();
    expect(await backupStatus(db)).toEqual({ lastBackupAt: null, changesSinceBackup: 0 });
    await addEntry(db, sampleEntry());
    await addEntry(db, sampleEntry());
    expect((await backupStatus(db)).changesSinceBackup).toBe(2);
    await recordBackup(db, META.exportedAt);
    expect(await backupStatus(db)).toEqual({ lastBackupAt: META.exportedAt, changesSinceBackup: 0 });
  });
});

/** Mutations of a valid backup, as a damaged download, an editor or an attacker would make them. */
const mutations = (base: Uint8Array, manifest: Record<string, unknown>) => {
  const files = unzipSync(base);
  const rezip = (value: unknown) => zipSync({ ...files, 'backup.json': strToU8(typeof value === 'string' ? value : JSON.stringify(value)) });
  const weird = fc.oneof(
    fc.constant(null),
    fc.constant(1e308),
    fc.constant(-1),
    fc.constant(Number.MAX_SAFE_INTEGER),
    fc.string(),
    fc.boolean(),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.constant({}),
    fc.constant({ __proto__: 1 }),
  );
  return fc.oneof(
    fc.integer({ min: 0, max: base.length - 1 }).map((length) => base.slice(0, length)),
    fc.tuple(fc.integer({ min: 0, max: base.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
      const copy = base.slice();
      copy[at] = byte;
      return copy;
    }),
    fc.tuple(fc.constantFrom('format', 'version', 'exportedAt', 'appVersion', 'profile', 'entries', 'evidence'), weird).map(([key, value]) => rezip({ ...manifest, [key]: value })),
    fc.tuple(fc.constantFrom('id', 'title', 'kind', 'way', 'endDate', 'hoursTenths', 'status', 'createdAt'), weird).map(([key, value]) => {
      const entries = manifest['entries'] as Record<string, unknown>[];
      return rezip({ ...manifest, entries: [{ ...entries[0], [key]: value }, ...entries.slice(1)] });
    }),
    fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => rezip(JSON.stringify(manifest).replace('{', `{"${key}":{"x":1},`))),
    fc.integer({ min: 33, max: 3000 }).map((depth) => rezip(JSON.stringify(manifest).replace('"appVersion"', `"deep":${'['.repeat(depth)}${']'.repeat(depth)},"appVersion"`))),
    fc.integer({ min: -3, max: 9 }).map((version) => rezip({ ...manifest, version })),
    fc.constant(rezip({ ...manifest, entries: [...(manifest['entries'] as unknown[]), (manifest['entries'] as unknown[])[0]] })),
  );
};

describe('fuzz: 1,000 mutated backups', () => {
  it('each is refused with a message or imported whole; never a crash, and a refusal leaves the database as it was', async () => {
    const base = writeBackup(sampleBackup());
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(base)['backup.json'])) as Record<string, unknown>;
    const db = fresh();
    await addEntry(db, sampleEntry({ id: 'already-here', title: '原有记录' }));
    const original = await snapshotForBackup(db, META);
    let refused = 0;
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(mutations(base, manifest), async (bytes) => {
        const result = readBackup(bytes);
        if (!result.ok) {
          refused += 1;
          expect(result.message).toMatch(/[\u4e00-\u9fff]/);
          expect(await snapshotForBackup(db, META)).toEqual(original);
          return;
        }
        imported += 1;
        const scratch = fresh();
        await applyBackup(scratch, result.backup, 'replace');
        expect((await snapshotForBackup(scratch, META)).entries).toHaveLength(result.backup.entries.length);
        scratch.close();
      }),
      { numRuns: 1000, seed: 20251231 },
    );
    expect(refused + imported).toBe(1000);
    expect(refused).toBeGreaterThan(500);
  }, 120_000);

  it('a 50 MB file of noise is refused as a corrupt zip', () => {
    const noise = new Uint8Array(50 * 1024 * 1024);
    for (let index = 0; index < noise.length; index += 4096) noise[index] = (index * 31) & 0xff;
    noise[0] = 0x50;
    noise[1] = 0x4b;
    const result = readBackup(noise);
    expect(result.ok).toBe(false);
  });
});
