import { useEffect, useState } from 'preact/hooks';
import type { EvidenceMeta } from '../../core/evidence/fileType';
import type { AppDatabase } from '../../db/database';
import { evidenceBytes } from '../../db/evidence';

/** An object URL for an evidence file's bytes while the component shows it; revoked when it moves on. */
export function useEvidenceUrl(db: AppDatabase, meta: EvidenceMeta | null | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    // Another file: nothing shown until its own bytes are read, never the previous file's.
    setUrl(null);
    if (!meta) return undefined;
    let created: string | null = null;
    let cancelled = false;
    void evidenceBytes(db, meta.id).then((data) => {
      if (cancelled || !data) return;
      created = URL.createObjectURL(new Blob([data], { type: meta.type }));
      setUrl(created);
    });
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [db, meta?.id, meta?.type]);
  return url;
}
