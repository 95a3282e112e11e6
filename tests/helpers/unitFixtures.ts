import type { Entry } from '../../src/core/schemas/entry';
import type { Profile } from '../../src/core/schemas/profile';

/** A complete entry: 10 学时 of 专业科目 declared on 2025-12-01 and under the 用人单位's review, unless overridden. */
export function unitEntry(id: string, overrides: Partial<Entry> = {}): Entry {
  return {
    id,
    title: `项目${id}`,
    kind: 'professional',
    way: 'training',
    startDate: '2025-03-01',
    endDate: '2025-03-02',
    hoursTenths: 100,
    recording: 'declare',
    status: 'declared',
    declaredOn: '2025-12-01',
    ...overrides,
  };
}

/** One person's log over 2024–2026 with every state: credited, pending at each stage, to declare, returned, late. */
export function mixedLog(prefix = 'p'): Entry[] {
  return [
    unitEntry(`${prefix}-online`, { kind: 'public', way: 'onlineStudy', recording: 'platform', status: 'notDeclared', declaredOn: undefined, hoursTenths: 300 }),
    unitEntry(`${prefix}-approved`, { status: 'approved', declaredOn: '2025-05-10', employerApprovedOn: '2025-05-12', approvedOn: '2025-05-15', hoursTenths: 320 }),
    unitEntry(`${prefix}-declared`, { hoursTenths: 120 }),
    unitEntry(`${prefix}-employer-ok`, { status: 'employerApproved', declaredOn: '2025-11-20', employerApprovedOn: '2025-11-21', hoursTenths: 80 }),
    unitEntry(`${prefix}-todo`, { status: 'notDeclared', declaredOn: undefined, hoursTenths: 60 }),
    unitEntry(`${prefix}-returned`, {
      status: 'returned',
      declaredOn: '2025-06-01',
      returnedOn: '2025-06-03',
      returnedBy: 'employer',
      returnReason: '证书不清晰',
      hoursTenths: 45,
      previousRounds: [{ declaredOn: '2025-04-01', returnedOn: '2025-04-02', returnedBy: 'authority', reason: '学时不符' }],
    }),
    unitEntry(`${prefix}-2024`, { startDate: '2024-05-01', endDate: '2024-05-02', status: 'approved', declaredOn: '2024-06-01', approvedOn: '2024-06-05', hoursTenths: 900 }),
    unitEntry(`${prefix}-2024-late`, { startDate: '2024-05-01', endDate: '2024-05-02', status: 'declared', declaredOn: '2025-01-05', hoursTenths: 100 }),
    unitEntry(`${prefix}-2026`, { startDate: '2026-01-05', endDate: '2026-01-06', status: 'declared', declaredOn: '2026-01-07', hoursTenths: 200 }),
    unitEntry(`${prefix}-2026-public`, { kind: 'public', way: 'inPerson', startDate: '2026-01-02', endDate: '2026-01-02', status: 'notDeclared', declaredOn: undefined, hoursTenths: 50, notes: '自己的备注' }),
  ];
}

export const PROFILE: Profile = {
  name: '王喆',
  employer: '郑州市第一人民医院',
  title: '主治医师',
  specialty: '内科',
  phone: '13800000000',
  staffNumber: 'A-1024',
  idNumber: '41010219800101123X',
  department: '心内科',
};

export const NOW = { exportedAt: '2026-01-10T02:00:00.000Z', today: '2026-01-10' };

/** The smallest PNG signature with a few bytes: sniffed as image/png. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 4]);
