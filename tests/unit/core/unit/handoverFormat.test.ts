import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES } from '../../../../src/core/limits';
import { decodeBase64, encodeBase64 } from '../../../../src/core/unit/base64';
import { buildHandover, HANDOVER_FORMAT, HANDOVER_LIMITS, readHandover, type HandoverFile } from '../../../../src/core/unit/handoverFormat';
import { mixedLog, NOW, PNG_BYTES, PROFILE, unitEntry } from '../../../helpers/unitFixtures';

const OPTIONS = { includeEvidence: false, appVersion: '0.1.0' };

function built(years: number[] = [2025], options = OPTIONS): HandoverFile {
  const result = buildHandover(PROFILE, mixedLog(), years, options, NOW);
  if (!result.ok) throw new Error(result.message);
  return result.file;
}

function refusal(text: string): string {
  const result = readHandover(text);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.message).toMatch(/[\u4e00-\u9fff]/);
  expect(result.message).not.toMatch(/Invalid|expected|received/i);
  return result.message;
}

/** The 2025 file, changed by `change`, as text. */
function altered(change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(JSON.stringify(built())) as Record<string, any>;
  change(file);
  return JSON.stringify(file);
}

describe('base64', () => {
  it.each([[[]], [[0]], [[0, 1]], [[0, 1, 2]], [[255, 254, 253, 252]], [[...PNG_BYTES]]])('%j round-trips', (bytes) => {
    const data = new Uint8Array(bytes);
    expect(decodeBase64(encodeBase64(data))).toEqual(data);
  });
  it.each(['a', 'ab=c', 'a===', '====', 'ab!d', 'AA==AA=='])('%j is refused', (text) => expect(decodeBase64(text)).toBeNull());
  it('writes the standard alphabet', () => expect(encodeBase64(new TextEncoder().encode('hello world!?'))).toBe('aGVsbG8gd29ybGQhPw=='));
});

describe('buildHandover', () => {
  it('takes only the chosen years by the year an entry counts in, and no notes', () => {
    const file = built([2025]);
    expect(file.format).toBe(HANDOVER_FORMAT);
    expect(file.version).toBe(1);
    expect(file.entries.map((entry) => entry.id)).toEqual(['p-online', 'p-approved', 'p-declared', 'p-employer-ok', 'p-todo', 'p-returned']);
    const both = built([2026, 2024, 2026]);
    expect(both.years).toEqual([2024, 2026]);
    expect(both.entries.map((entry) => entry.id)).toEqual(['p-2024', 'p-2024-late', 'p-2026', 'p-2026-public']);
    expect(both.entries.every((entry) => !('notes' in entry))).toBe(true);
  });

  it('an entry begun in one year and finished in the next goes with the year it counts in', () => {
    const across = unitEntry('across', { startDate: '2025-12-28', endDate: '2026-01-03', declaredOn: '2026-01-05' });
    const result = buildHandover(PROFILE, [across], [2025], OPTIONS, NOW);
    expect(result.ok && result.file.entries).toEqual([]);
  });

  it('carries the unit fields of the profile, never the phone number', () => {
    const file = built();
    expect(file.person).toEqual({ name: '王喆', employer: '郑州市第一人民医院', title: '主治医师', specialty: '内科', staffNumber: 'A-1024', idNumber: '41010219800101123X', department: '心内科' });
    expect(JSON.stringify(file)).not.toContain('13800000000');
  });

  it('keeps states and earlier declaration rounds', () => {
    const returned = built().entries.find((entry) => entry.id === 'p-returned');
    expect(returned?.status).toBe('returned');
    expect(returned?.previousRounds).toHaveLength(1);
  });

  it('evidence only when ticked, and only of the chosen entries', () => {
    const evidence = [
      { id: 'ev-1', entryId: 'p-approved', name: '证书.png', type: 'image/png' as const, size: PNG_BYTES.length, addedAt: '2025-05-20T10:00:00.000Z', data: PNG_BYTES },
      { id: 'ev-2', entryId: 'p-2026', name: '其他.png', type: 'image/png' as const, size: PNG_BYTES.length, addedAt: '2026-01-07T10:00:00.000Z', data: PNG_BYTES },
    ];
    expect(built([2025], { ...OPTIONS, evidence } as never).evidence).toEqual([]);
    const file = built([2025], { ...OPTIONS, includeEvidence: true, evidence } as never);
    expect(file.includesEvidence).toBe(true);
    expect(file.evidence.map((item) => item.id)).toEqual(['ev-1']);
    const read = readHandover(JSON.stringify(file));
    expect(read.ok && read.handover.evidence[0]?.data).toEqual(PNG_BYTES);
  });

  it.each([
    ['no name', { ...PROFILE, name: '  ' }, [2025], /姓名/],
    ['no year', PROFILE, [], /年度/],
    ['a year outside the log', PROFILE, [1999], /1999/],
  ])('refuses %s', (_name, profile, years, message) => {
    const result = buildHandover(profile, mixedLog(), years, OPTIONS, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses evidence over the total bound', () => {
    const big = new Uint8Array(HANDOVER_LIMITS.evidenceBytes);
    big.set(PNG_BYTES);
    const evidence = [1, 2, 3].map((n) => ({ id: `ev-${n}`, entryId: 'p-approved', name: `${n}.png`, type: 'image/png' as const, size: big.length, addedAt: NOW.exportedAt, data: big }));
    const result = buildHandover(PROFILE, mixedLog(), [2025], { ...OPTIONS, includeEvidence: true, evidence }, NOW);
    expect(result.ok === false && result.message).toMatch(/凭证文件合计超过/);
  });
});

describe('readHandover', () => {
  it('reads back what was built', () => {
    const result = buildHandover(PROFILE, mixedLog(), [2024, 2025, 2026], OPTIONS, NOW);
    if (!result.ok) throw new Error(result.message);
    const read = readHandover(result.text);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.handover.entries).toEqual(result.file.entries);
      expect(read.handover.person).toEqual(result.file.person);
      expect(read.handover.years).toEqual([2024, 2025, 2026]);
    }
  });

  it.each<[string, string, RegExp]>([
    ['empty text', '', /不是导出给单位的文件/],
    ['a zip (a backup)', 'PK\u0003\u0004rest', /压缩包/],
    ['a spreadsheet', '姓名,学时\n王喆,10', /不是导出给单位的文件/],
    ['broken JSON', '{"format": ', /不是有效的 JSON/],
    ['an array', '[1,2]', /不是导出给单位的文件/],
    ['a backup manifest', JSON.stringify({ format: 'xueshibu-backup', version: 2 }), /备份文件/],
    ['another format', JSON.stringify({ format: 'other', version: 1 }), /格式标识不符/],
    ['a newer version', altered((file) => (file.version = 2)), /第 2 版格式.*更新/],
    ['a version as text', altered((file) => (file.version = '1')), /格式版本有误/],
    ['a prototype key', '{"format":"xueshibu-handover","version":1,"__proto__":{}}', /不允许的字段名/],
    ['nesting too deep', `${'['.repeat(40)}${']'.repeat(40)}`, /不是导出给单位的文件/],
    ['an unknown field', altered((file) => (file.extra = 1)), /不认识的字段/],
    ['no name', altered((file) => delete file.person.name), /姓名/],
    ['a phone number', altered((file) => (file.person.phone = '1')), /不认识的字段/],
    ['a hostile id number', altered((file) => (file.person.idNumber = '<script>')), /证件号码/],
    ['a bad exportedAt', altered((file) => (file.exportedAt = '2026-02-30T00:00:00Z')), /导出时间/],
    ['an exportedOn far from exportedAt', altered((file) => (file.exportedOn = '2026-03-01')), /导出日期与导出时间/],
    ['no year', altered((file) => (file.years = [])), /年度/],
    ['a year out of range', altered((file) => (file.years = [1900])), /年度/],
    ['a year twice', altered((file) => (file.years = [2025, 2025])), /2025年重复/],
    ['an impossible date', altered((file) => (file.entries[1].endDate = '2025-02-30')), /第 2 条.*完成日期/],
    ['a date after the export day', altered((file) => (file.entries[2].declaredOn = '2026-02-01')), /第 3 条.*申报日期不能晚于今天/],
    ['a declaration before 2000', altered((file) => (file.entries[2].declaredOn = '1999-01-01')), /第 3 条.*2000/],
    ['hours as text', altered((file) => (file.entries[0].hoursTenths = '30')), /第 1 条.*学时须为数字/],
    ['hours not whole tenths', altered((file) => (file.entries[0].hoursTenths = 1.5)), /第 1 条.*整数/],
    ['impossible hours', altered((file) => (file.entries[0].hoursTenths = 100_000)), /第 1 条.*学时过大/],
    ['negative hours', altered((file) => (file.entries[0].hoursTenths = -10)), /第 1 条.*学时须大于 0/],
    ['a path as id', altered((file) => (file.entries[0].id = '../../x')), /第 1 条.*编号/],
    ['a duplicate id', altered((file) => (file.entries[1].id = file.entries[0].id)), /重复的记录编号“p-online”/],
    ['an entry of another year', altered((file) => (file.years = [2024])), /计入2025年度，不在文件所选的年度中/],
    ['a returned entry without reason', altered((file) => delete file.entries[5].returnReason), /第 6 条.*退回原因/],
    ['evidence not ticked', altered((file) => (file.evidence = [{ id: 'e', entryId: 'p-online', name: 'a.png', type: 'image/png', size: 16, addedAt: NOW.exportedAt, data: encodeBase64(PNG_BYTES) }])), /不含凭证文件/],
  ])('refuses %s', (_name, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it.each<[string, (item: Record<string, any>) => void, RegExp]>([
    ['of an entry not in the file', (item) => (item.entryId = 'nowhere'), /所属的记录不在文件中/],
    ['whose body is not base64', (item) => (item.data = 'not base64!!x'), /base64/],
    ['whose size does not match', (item) => (item.size = 15), /大小与记录不符/],
    ['whose type is claimed wrongly', (item) => (item.type = 'application/pdf'), /实际内容不符/],
    ['that is no image', (item) => (item.data = encodeBase64(new Uint8Array(16))), /不是本站能读取/],
    ['with a path as id', (item) => (item.id = '../x'), /凭证编号/],
  ])('refuses evidence %s', (_name, change, message) => {
    const text = altered((file) => {
      file.includesEvidence = true;
      const item = { id: 'ev-1', entryId: 'p-approved', name: '证书.png', type: 'image/png', size: 16, addedAt: NOW.exportedAt, data: encodeBase64(PNG_BYTES) };
      change(item);
      file.evidence = [item];
    });
    expect(refusal(text)).toMatch(message);
  });

  it('refuses more entries than the log holds, naming the limit', () => {
    const text = altered((file) => (file.entries = Array.from({ length: MAX_ENTRIES + 1 }, () => file.entries[0])));
    expect(refusal(text)).toMatch(new RegExp(`超过上限 ${MAX_ENTRIES} 条`));
  });

  it('refuses a text over the size limit before parsing it', () => {
    expect(refusal(' '.repeat(HANDOVER_LIMITS.textChars + 1))).toMatch(/文件过大/);
  });

  it('keeps hostile names as plain text', () => {
    const text = altered((file) => {
      file.person.name = '<img src=x onerror=alert(1)>';
      file.entries[0].title = '"; DROP TABLE entries; --';
    });
    const read = readHandover(text);
    expect(read.ok && read.handover.person.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('what is written always reads back', () => {
  it('an entry id outside the safe alphabet (from an old backup) goes out under a safe one, with its evidence', () => {
    const odd = unitEntry('记录 1/2', { status: 'approved', declaredOn: '2025-05-10', approvedOn: '2025-05-12' });
    const evidence = [{ id: 'ev-1', entryId: '记录 1/2', name: '证书.png', type: 'image/png' as const, size: PNG_BYTES.length, addedAt: NOW.exportedAt, data: PNG_BYTES }];
    const result = buildHandover(PROFILE, [odd, unitEntry('entry-1')], [2025], { ...OPTIONS, includeEvidence: true, evidence }, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.file.entries.map((entry) => entry.id)).toEqual(['entry-2', 'entry-1']);
    expect(result.file.evidence[0]?.entryId).toBe('entry-2');
    expect(readHandover(result.text).ok).toBe(true);
  });

  it('a log entry the gate would refuse on the export day is refused with the reader\'s words', () => {
    const result = buildHandover(PROFILE, [unitEntry('x', { declaredOn: '2026-02-01' })], [2025], OPTIONS, NOW);
    expect(result.ok === false && result.message).toMatch(/申报日期不能晚于今天/);
  });
});
