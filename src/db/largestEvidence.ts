import { largestFirst } from '../core/evidence/space';
import type { EvidenceType } from '../core/evidence/fileType';
import { runWrite } from './connection';
import type { AppDatabase, EvidenceMeta } from './database';
import { StorageError } from './errors';

/** An evidence file with the title of its entry, for the list of what takes the most space. */
export interface LargeEvidence extends EvidenceMeta {
  title: string;
}

/** The `count` largest evidence files on the device, largest first (their records only, never the bytes). */
export async function largestEvidence(db: AppDatabase, count: number): Promise<LargeEvidence[]> {
  return db.transaction('r', db.evidence, db.entries, async () => {
    const top = largestFirst(await db.evidence.toArray(), count);
    const entries = await db.entries.bulkGet(top.map((meta) => meta.entryId));
    return top.map((meta, index) => ({ ...meta, title: entries[index]?.title ?? '' }));
  });
}

/**
 * Replaces an evidence file's bytes with a smaller copy, record and bytes in
 * one transaction; a file removed meanwhile is not brought back.
 */
export async function replaceEvidenceBytes(db: AppDatabase, id: string, data: ArrayBuffer, type: EvidenceType): Promise<void> {
  await runWrite(db, () =>
    db.transaction('rw', db.evidence, db.evidenceData, async () => {
      const meta = await db.evidence.get(id);
      if (!meta) throw new StorageError('missing');
      const name = type === meta.type ? meta.name : `${meta.name.replace(/\.[^.]*$/, '')}.jpg`;
      await db.evidenceData.put({ id, data });
      await db.evidence.put({ ...meta, name, type, size: data.byteLength });
    }),
  );
}
