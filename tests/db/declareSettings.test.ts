import { describe, expect, it } from 'vitest';
import { DEFAULT_UPLOAD_LIMIT, MB } from '../../src/core/declare/uploadLimit';
import { loadReconciliation, loadUploadLimit, RECONCILIATION_KEY, saveReconciliation, saveUploadLimit, UPLOAD_LIMIT_KEY } from '../../src/db/declareSettings';
import { freshDatabase } from './helpers';

describe('the 申报 settings', () => {
  it('keeps the upload limit, and reads a broken one as the default', async () => {
    const { db } = freshDatabase();
    expect(await loadUploadLimit(db)).toEqual(DEFAULT_UPLOAD_LIMIT);
    await saveUploadLimit(db, { maxBytes: 2 * MB });
    expect(await loadUploadLimit(db)).toEqual({ maxBytes: 2 * MB });
    await db.settings.put({ key: UPLOAD_LIMIT_KEY, value: { maxBytes: 1024 * MB } });
    expect(await loadUploadLimit(db)).toEqual(DEFAULT_UPLOAD_LIMIT);
  });

  it('keeps the last reconciliation per year, and drops broken ones', async () => {
    const { db } = freshDatabase();
    expect(await loadReconciliation(db, 2025)).toBeNull();
    await db.settings.put({ key: RECONCILIATION_KEY, value: { '2023': 'junk' } });
    await saveReconciliation(db, 2025, { on: '2025-11-28', figures: { public: 300, professional: null, total: 900 } });
    await saveReconciliation(db, 2024, { on: '2024-12-01', figures: { public: 10, professional: 20, total: 30 } });
    await saveReconciliation(db, 2025, { on: '2025-11-29', figures: { public: 310, professional: null, total: 910 } });
    expect(await loadReconciliation(db, 2025)).toEqual({ on: '2025-11-29', figures: { public: 310, professional: null, total: 910 } });
    expect(await loadReconciliation(db, 2024)).toMatchObject({ on: '2024-12-01' });
    expect(Object.keys((await db.settings.get(RECONCILIATION_KEY))?.value as object).sort()).toEqual(['2024', '2025']);
  });
});
