import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../src/core/schemas/entry';
import { buildReceipt, checkDecision, planReceipt, readReceipt, type ReceiptFile, type UnitDecision } from '../../../../src/core/unit/receiptFormat';
import { NOW, unitEntry } from '../../../helpers/unitFixtures';

const PERSON = { name: '王喆', staffNumber: 'A-1024', department: '心内科' };
const RETURN: UnitDecision = { entryId: 'e-1', declaredOn: '2025-12-01', decision: 'returned', decidedOn: '2025-12-03', reason: '证书不清晰' };
const APPROVE: UnitDecision = { entryId: 'e-2', declaredOn: '2025-12-01', decision: 'approved', decidedOn: '2025-12-02' };

function receipt(decisions: UnitDecision[] = [RETURN, APPROVE]): ReceiptFile {
  const built = buildReceipt(PERSON, decisions, { unitName: '郑州市第一人民医院', appVersion: '0.1.0' }, NOW);
  if (!built.ok) throw new Error(built.message);
  return built.file;
}

describe('checkDecision', () => {
  it.each<[string, unknown, string | null]>([
    ['a 通过 with date', APPROVE, null],
    ['a 退回 with reason', RETURN, null],
    ['a 退回 without reason', { ...RETURN, reason: ' ' }, 'reason'],
    ['a 通过 with a reason', { ...APPROVE, reason: '不必' }, 'reason'],
    ['a decision before the declaration', { ...APPROVE, decidedOn: '2025-11-30' }, 'decidedOn'],
    ['a decision after today', { ...APPROVE, decidedOn: '2026-02-01' }, 'decidedOn'],
    ['an impossible date', { ...APPROVE, decidedOn: '2025-12-32' }, 'decidedOn'],
    ['an unknown decision', { ...APPROVE, decision: 'maybe' }, 'decision'],
    ['a path as entry id', { ...APPROVE, entryId: '../x' }, 'entryId'],
    ['a reason over 500 characters', { ...RETURN, reason: '长'.repeat(501) }, 'reason'],
  ])('%s', (_name, input, field) => {
    const result = checkDecision(input, '2026-01-10');
    if (field === null) expect(result.ok).toBe(true);
    else {
      expect(result.ok === false && result.field).toBe(field);
      expect(result.ok === false && result.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the 回执 file', () => {
  it('reads back what was built', () => {
    const built = buildReceipt(PERSON, [RETURN, APPROVE], { appVersion: '0.1.0' }, NOW);
    expect(built.ok && readReceipt(built.text)).toEqual({ ok: true, receipt: built.ok ? built.file : null });
  });

  const text = (change: (file: Record<string, any>) => void) => {
    const file = JSON.parse(JSON.stringify(receipt())) as Record<string, any>;
    change(file);
    return JSON.stringify(file);
  };

  it.each<[string, string, RegExp]>([
    ['a handover file', JSON.stringify({ format: 'xueshibu-handover', version: 1 }), /不是单位回执/],
    ['a backup', JSON.stringify({ format: 'xueshibu-backup', version: 2 }), /备份文件/],
    ['a newer version', text((file) => (file.version = 3)), /第 3 版格式/],
    ['two decisions for one entry', text((file) => (file.decisions[1].entryId = 'e-1')), /两个审核结果/],
    ['a decision after the export day', text((file) => (file.decisions[1].decidedOn = '2026-02-01')), /晚于回执的导出日期/],
    ['a 退回 without reason', text((file) => delete file.decisions[0].reason), /退回原因/],
    ['an unknown field', text((file) => (file.decisions[0].extra = 1)), /不认识的字段/],
    ['no person', text((file) => delete file.person), /缺失/],
  ])('refuses %s', (_name, input, message) => {
    const result = readReceipt(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses to build a 退回 without a reason', () => {
    const built = buildReceipt(PERSON, [{ ...RETURN, reason: undefined }], { appVersion: '0.1.0' }, NOW);
    expect(built.ok === false && built.message).toMatch(/退回原因/);
  });
});

describe('planReceipt: what importing a 回执 would change, before writing', () => {
  const declared = (id: string, overrides: Partial<Entry> = {}) => unitEntry(id, { declaredOn: '2025-12-01', ...overrides });

  it('a declaration still waiting takes the unit\'s 退回 with its reason, or its 通过', () => {
    const plan = planReceipt(receipt(), [declared('e-1'), declared('e-2')], { today: '2026-01-10', profileName: '王 喆' });
    expect(plan.otherPerson).toBe(false);
    expect(plan.changes.map((change) => [change.entryId, change.after.status])).toEqual([
      ['e-1', 'returned'],
      ['e-2', 'employerApproved'],
    ]);
    expect(plan.changes[0]?.after).toMatchObject({ returnedOn: '2025-12-03', returnedBy: 'employer', returnReason: '证书不清晰' });
    expect(plan.changes[1]?.after.employerApprovedOn).toBe('2025-12-02');
    expect(plan.changes[0]?.before.status).toBe('declared');
  });

  it.each<[string, Entry | null, UnitDecision, 'change' | 'identical' | 'unknown' | string]>([
    ['an entry not on the device', null, RETURN, 'unknown'],
    ['already returned so', declared('e-1', { status: 'returned', returnedOn: '2025-12-03', returnedBy: 'employer', returnReason: '证书不清晰' }), RETURN, 'identical'],
    ['returned and declared again since', declared('e-1', { declaredOn: '2025-12-05', previousRounds: [{ declaredOn: '2025-12-01', returnedOn: '2025-12-03', returnedBy: 'employer', reason: '证书不清晰' }] }), RETURN, 'identical'],
    ['already approved by the unit that day', declared('e-2', { status: 'employerApproved', employerApprovedOn: '2025-12-02' }), APPROVE, 'identical'],
    ['approved by both since', declared('e-2', { status: 'approved', employerApprovedOn: '2025-12-02', approvedOn: '2025-12-04' }), APPROVE, 'identical'],
    ['declared again on another day', declared('e-2', { declaredOn: '2025-12-05' }), APPROVE, 'declaredAgain'],
    ['not declared on the device', declared('e-2', { status: 'notDeclared', declaredOn: undefined }), APPROVE, 'notDeclared'],
    ['returned by the authority on the device', declared('e-1', { status: 'returned', returnedOn: '2025-12-04', returnedBy: 'authority', returnReason: '学时不符' }), RETURN, 'alreadyReviewed'],
    ['approved on the device, a 退回 in the receipt', declared('e-1', { status: 'employerApproved', employerApprovedOn: '2025-12-02' }), RETURN, 'alreadyReviewed'],
    ['a decision dated after today on this device', declared('e-2'), APPROVE, 'refused'],
  ])('%s', (_name, entry, decision, outcome) => {
    const today = outcome === 'refused' ? '2025-12-01' : '2026-01-10';
    const plan = planReceipt(receipt([decision]), entry === null ? [] : [entry], { today });
    const found = plan.changes.length > 0 ? 'change' : plan.identical.length > 0 ? 'identical' : plan.unknown.length > 0 ? 'unknown' : plan.conflicts[0]?.reason;
    expect(found).toBe(outcome);
    if (outcome === 'refused') expect(plan.conflicts[0]?.message).toMatch(/审核日期不能晚于今天/);
  });

  it('says when the receipt is for someone else', () => {
    expect(planReceipt(receipt(), [], { today: '2026-01-10', profileName: '李娜' }).otherPerson).toBe(true);
    expect(planReceipt(receipt(), [], { today: '2026-01-10' }).otherPerson).toBe(false);
  });
});
