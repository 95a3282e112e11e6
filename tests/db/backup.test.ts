import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../src/core/backup/readBackup';
import { writeBackup } from '../../src/core/backup/writeBackup';
import { previewRestore, restoreSelection } from '../../src/core/backup/plan';
import { allEntries, applyBackup, backupStatus, evidenceIds, recordBackup, snapshotForBackup } from '../../src/db/backup';
import type { AppDatabase } from '../../src/db/database';
import { addEntry } from '../../src/db/entryWrites';
import { addEvidence } from '../../src/db/evidence';
import { syntheticEntries } from '../../bench/syntheticEntries';
import { sampleBackup } from '../helpers/backupFixtures';
import { craftZip, honestMember, zeroBombStream } from '../helpers/zipCraft';
import { fileOf, freshDatabase, PNG_BYTES, sampleEntry } from './helpers';

/** An attacker's evidence id that climbs out of the zip's folder (built from parts: it is hostile data, not a path this test reads). */
const ZIP_SLIP_ID = ['..', '..', '..', 'pwned'].join('/');

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

  it('merge never replaces evidence already on the device: a colliding incoming id is stored under a new one, and the preview counts it', async () => {
    const db = fresh();
    await addEntry(db, sampleEntry({ id: 'mine' }));
    const myPhoto = new Uint8Array([...PNG_BYTES, 1, 2, 3]);
    await addEvidence(db, 'mine', fileOf('我的证书.png', myPhoto), 'ev-1');
    const backup = sampleBackup();
    expect(previewRestore(await allEntries(db), backup, await evidenceIds(db), '2026-12-31').evidenceRekeyed).toBe(1);
    let counter = 0;
    await applyBackup(db, restoreSelection(await allEntries(db), backup, 'merge'), 'merge', () => `new-${(counter += 1)}`);
    const after = await snapshotForBackup(db, META);
    const mine = after.evidence.find((item) => item.id === 'ev-1');
    expect(mine?.entryId).toBe('mine');
    expect(mine?.name).toBe('我的证书.png');
    expect(mine?.data).toEqual(myPhoto);
    const theirs = after.evidence.find((item) => item.id === 'new-1');
    expect(theirs?.entryId).toBe('entry-b');
    expect(theirs?.data).toEqual(PNG_BYTES);
    expect(after.evidence).toHaveLength(2);
  });

  it('merge skips an entry that appeared on the device after the preview, keeping the local one', async () => {
    const db = fresh();
    const backup = sampleBackup();
    const selection = restoreSelection([], backup, 'merge');
    await addEntry(db, sampleEntry({ id: 'entry-a', title: '另一个标签页刚保存的' }));
    await applyBackup(db, selection, 'merge');
    const after = await snapshotForBackup(db, META);
    expect(after.entries.find((item) => item.entry.id === 'entry-a')?.entry.title).toBe('另一个标签页刚保存的');
    expect(after.entries).toHaveLength(2);
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
    // Evidence ids that are not ours: path separators, dots, spaces, Chinese, anything.
    fc.oneof(fc.constantFrom(ZIP_SLIP_ID, '..', '.', '凭证1', 'a b', 'x/y', 'x\\y', ''), fc.string({ maxLength: 120 })).map((id) => {
      const evidence = manifest['evidence'] as Record<string, unknown>[];
      return rezip({ ...manifest, evidence: [{ ...evidence[0], id }] });
    }),
    // Timestamps that look right and are not instants.
    fc
      .tuple(
        fc.constantFrom('exportedAt', 'createdAt', 'updatedAt', 'addedAt'),
        fc.oneof(fc.constantFrom('2025-02-30T00:00:00Z', '9999-99-99T99:99:99Z', '2025-01-01T24:00:00Z', '2025-06-31T12:00:00.000Z'), fc.string({ maxLength: 30 })),
      )
      .map(([field, value]) => {
        if (field === 'exportedAt') return rezip({ ...manifest, exportedAt: value });
        if (field === 'addedAt') return rezip({ ...manifest, evidence: [{ ...(manifest['evidence'] as Record<string, unknown>[])[0], addedAt: value }] });
        const entries = manifest['entries'] as Record<string, unknown>[];
        return rezip({ ...manifest, entries: [{ ...entries[0], [field]: value }, ...entries.slice(1)] });
      }),
    // A wrong CRC-32 on any member.
    fc.tuple(fc.constantFrom(...Object.keys(files)), fc.integer({ min: 1, max: 0xffffffff })).map(([name, flip]) =>
      craftZip(Object.entries(files).map(([member, data]) => {
        const honest = honestMember(member, data);
        return member === name ? { ...honest, crc: (honest.crc ^ flip) >>> 0 } : honest;
      })),
    ),
    // Bombs: a member that inflates far past what it declares.
    fc.constantFrom(...bombs(files)),
  );
};

/** Zips whose backup.json or evidence inflates to 200 MB while declaring a few bytes. */
function bombs(files: Record<string, Uint8Array>): Uint8Array[] {
  const stream = zeroBombStream(200 * 1024 * 1024);
  const honest = Object.entries(files).map(([name, data]) => honestMember(name, data));
  return [
    craftZip([{ name: 'backup.json', stored: stream, method: 8, crc: 0, declaredSize: 100 }]),
    craftZip(honest.map((member) => (member.name.startsWith('evidence/') ? { ...member, stored: stream } : member))),
  ];
}

describe('fuzz: 1,500 mutated backups', () => {
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
          expect(result.message).not.toMatch(/Invalid|Unrecognized|expected|。。/);
          expect(await snapshotForBackup(db, META)).toEqual(original);
          return;
        }
        imported += 1;
        const scratch = fresh();
        await applyBackup(scratch, result.backup, 'replace');
        expect((await snapshotForBackup(scratch, META)).entries).toHaveLength(result.backup.entries.length);
        scratch.close();
      }),
      { numRuns: 1500, seed: 20251231 },
    );
    expect(refused + imported).toBe(1500);
    expect(refused).toBeGreaterThan(1000);
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
