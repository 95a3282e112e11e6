import type { AppDatabase } from './database';

/** Count of evidence files per entry id, for the list. */
export async function evidenceCounts(db: AppDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.evidence.each((meta) => counts.set(meta.entryId, (counts.get(meta.entryId) ?? 0) + 1));
  return counts;
}

export async function totalEvidenceSize(db: AppDatabase): Promise<number> {
  let total = 0;
  await db.evidence.each((meta) => {
    total += meta.size;
  });
  return total;
}
