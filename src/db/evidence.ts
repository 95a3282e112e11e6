import { checkEvidenceFile, checkEvidenceSize, type EvidenceType } from '../core/evidence/fileType';
import { runWrite } from './connection';
import type { AppDatabase, EvidenceMeta } from './database';
import { StorageError } from './errors';

export interface IncomingFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface AddEvidenceOptions {
  /** Whether the bytes really decode as the image they claim to be (the browser passes createImageBitmap; PDFs are not checked). */
  decodes?: (data: ArrayBuffer, type: EvidenceType) => Promise<boolean>;
}

/**
 * Keeps a photo or PDF of a certificate with its entry. The type is read from
 * the bytes, the size is capped, an image must decode, and the file and its
 * record are written together.
 */
export async function addEvidence(db: AppDatabase, entryId: string, file: IncomingFile, id: string, options: AddEvidenceOptions = {}): Promise<EvidenceMeta> {
  const size = checkEvidenceSize(file);
  if (!size.ok) throw new StorageError('invalid', size.message);
  const data = await file.arrayBuffer();
  const typed = checkEvidenceFile(file, new Uint8Array(data, 0, Math.min(16, data.byteLength)));
  if (!typed.ok) throw new StorageError('invalid', typed.message);
  if (options.decodes && !(await options.decodes(data, typed.type))) {
    throw new StorageError('invalid', `“${file.name}”无法作为图片打开（文件不完整、已损坏或不是真正的图片），没有添加`);
  }
  const meta: EvidenceMeta = { id, entryId, name: file.name, type: typed.type, size: data.byteLength, addedAt: new Date().toISOString() };
  await runWrite(db, () =>
    db.transaction('rw', db.entries, db.evidence, db.evidenceData, async () => {
      if (!(await db.entries.get(entryId))) throw new StorageError('missing');
      await db.evidence.add(meta);
      await db.evidenceData.add({ id, data });
    }),
  );
  return meta;
}

export async function removeEvidence(db: AppDatabase, id: string): Promise<void> {
  await runWrite(db, () =>
    db.transaction('rw', db.evidence, db.evidenceData, async () => {
      await db.evidenceData.delete(id);
      await db.evidence.delete(id);
    }),
  );
}

export async function evidenceOf(db: AppDatabase, entryId: string): Promise<EvidenceMeta[]> {
  return (await db.evidence.where('entryId').equals(entryId).toArray()).sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1));
}

export async function evidenceBytes(db: AppDatabase, id: string): Promise<ArrayBuffer | undefined> {
  return (await db.evidenceData.get(id))?.data;
}

/** Evidence records of the given entries, in the order they were added. */
export async function evidenceOfEntries(db: AppDatabase, entryIds: readonly string[]): Promise<EvidenceMeta[]> {
  return (await db.evidence.where('entryId').anyOf([...entryIds]).toArray()).sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1));
}

/** One evidence file with its bytes, or undefined if it was removed meanwhile. */
export async function evidenceFile(db: AppDatabase, id: string): Promise<{ meta: EvidenceMeta; data: ArrayBuffer } | undefined> {
  const [meta, data] = await Promise.all([db.evidence.get(id), db.evidenceData.get(id)]);
  return meta && data ? { meta, data: data.data } : undefined;
}

// Read with the first view; kept apart so the rest of this module loads on intent.
export { evidenceCounts, totalEvidenceSize } from './evidenceStats';
