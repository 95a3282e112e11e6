import type { Backup } from '../../src/core/backup/readBackup';
import { PNG_BYTES } from '../db/helpers';

/** A small, valid backup: two entries (one with a photo) and a profile. */
export function sampleBackup(): Backup {
  return {
    exportedAt: '2025-11-27T08:00:00.000Z',
    appVersion: '0.1.0',
    profile: { name: '王喆', employer: '郑州市第一人民医院' },
    entries: [
      {
        entry: {
          id: 'entry-a',
          title: '数字技术与网络安全',
          kind: 'public',
          way: 'onlineStudy',
          startDate: '2025-03-01',
          endDate: '2025-03-01',
          hoursTenths: 125,
          recording: 'platform',
          status: 'notDeclared',
        },
        createdAt: '2025-03-01T10:00:00.000Z',
        updatedAt: '2025-03-01T10:00:00.000Z',
      },
      {
        entry: {
          id: 'entry-b',
          title: '基层义诊',
          kind: 'professional',
          way: 'grassroots',
          startDate: '2025-05-10',
          endDate: '2025-05-12',
          hoursTenths: 200,
          providerName: '河南省人民医院',
          baseNumber: 16,
          recording: 'declare',
          status: 'approved',
          declaredOn: '2025-05-13',
          approvedOn: '2025-05-20',
          notes: '含讲义',
        },
        createdAt: '2025-05-13T10:00:00.000Z',
        updatedAt: '2025-05-20T10:00:00.000Z',
      },
    ],
    evidence: [{ id: 'ev-1', entryId: 'entry-b', name: '证书.png', type: 'image/png', size: PNG_BYTES.byteLength, addedAt: '2025-05-20T10:00:00.000Z', data: PNG_BYTES.slice() }],
  };
}
