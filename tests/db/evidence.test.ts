import { afterEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../src/db/database';
import { addEntry } from '../../src/db/entryWrites';
import { addEvidence, evidenceOf } from '../../src/db/evidence';
import { fileOf, freshDatabase, PNG_BYTES, sampleEntry } from './helpers';

let open: AppDatabase[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

describe('adding evidence', () => {
  it('refuses an image the browser cannot decode, with a Chinese message, and stores nothing', async () => {
    const { db } = freshDatabase();
    open.push(db);
    await addEntry(db, sampleEntry({ id: 'e1' }));
    const seen: string[] = [];
    const decodes = async (_data: ArrayBuffer, type: string) => {
      seen.push(type);
      return false;
    };
    await expect(addEvidence(db, 'e1', fileOf('截断.png', PNG_BYTES), 'ev-1', { decodes })).rejects.toThrow('“截断.png”无法作为图片打开');
    expect(seen).toEqual(['image/png']);
    expect(await evidenceOf(db, 'e1')).toEqual([]);
    await addEvidence(db, 'e1', fileOf('好的.png', PNG_BYTES), 'ev-2', { decodes: async () => true });
    expect((await evidenceOf(db, 'e1')).map((meta) => meta.id)).toEqual(['ev-2']);
  });
});
