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

/** An evidence file checked and read, ready to be written with its entry in one transaction. */
export interface PreparedEvidence {
  meta: EvidenceMeta;
  data: ArrayBuffer;
}

/** Reads and checks a file for an entry: the type from the bytes, the size capped, an image must decode. Writes nothing. */
export async function prepareEvidence(entryId: string, file: IncomingFile, id: string, options: AddEvidenceOptions = {}): Promise<PreparedEvidence> {
  const size = checkEvidenceSize(file);
  if (!size.ok) throw new StorageError('invalid', size.message);
  const data = await file.arrayBuffer();
  const typed = checkEvidenceFile(file, new Uint8Array(data, 0, Math.min(16, data.byteLength)));
  if (!typed.ok) throw new StorageError('invalid', typed.message);
  if (options.decodes && !(await options.decodes(data, typed.type))) {
    throw new StorageError('invalid', `“${file.name}”无法作为图片打开（文件不完整、已损坏或不是真正的图片），没有添加`);
  }
  return { meta: { id, entryId, name: file.name, type: typed.type, size: data.byteLength, addedAt: new Date().toISOString() }, data };
}

/** Writes prepared files; called inside a transaction that includes the evidence tables. */
export async function writePreparedEvidence(db: AppDatabase, prepared: readonly PreparedEvidence[]): Promise<void> {
  for (const { meta, data } of prepared) {
    await db.evidence.add(meta);
    await db.evidenceData.add({ id: meta.id, data });
  }
}

/**
 * Keeps a photo or PDF of a certificate with its entry. The type is read from
 * the bytes, the size is capped, an image must decode, and the file and its
 * record are written together.
 */
export async function addEvidence(db: AppDatabase, entryId: string, file: IncomingFile, id: string, options: AddEvidenceOptions = {}): Promise<EvidenceMeta> {
  const prepared = await prepareEvidence(entryId, file, id, options);
  await runWrite(db, () =>
    db.transaction('rw', db.entries, db.evidence, db.evidenceData, async () => {
      if (!(await db.entries.get(entryId))) throw new StorageError('missing');
      await writePreparedEvidence(db, [prepared]);
    }),
  );
  return prepared.meta;
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
