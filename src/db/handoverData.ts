import type { EvidenceMeta } from '../core/evidence/fileType';
import type { Entry } from '../core/schemas/entry';
import type { Profile } from '../core/schemas/profile';
import type { AppDatabase } from './database';
import { toEntry } from './entries';
import { loadProfile } from './profile';

/** What a 导出给单位 file is made from, read in one transaction: the profile, every entry, and the evidence list (no bytes). */
export async function handoverSource(db: AppDatabase): Promise<{ profile: Profile; entries: Entry[]; evidence: EvidenceMeta[] }> {
  return db.transaction('r', [db.entries, db.evidence, db.profile], async () => {
    const [profile, rows, evidence] = await Promise.all([loadProfile(db), db.entries.toArray(), db.evidence.toArray()]);
    return { profile, entries: rows.map(toEntry), evidence };
  });
}

/** The bytes of the listed evidence files (only when the person ticked 附凭证文件); a file whose bytes are gone is left out. */
export async function evidenceWithData(db: AppDatabase, evidence: readonly EvidenceMeta[]): Promise<(EvidenceMeta & { data: Uint8Array })[]> {
  const data = await db.evidenceData.bulkGet(evidence.map((item) => item.id));
  return evidence.flatMap((item, index) => {
    const found = data[index];
    return found === undefined ? [] : [{ ...item, data: new Uint8Array(found.data) }];
  });
}
