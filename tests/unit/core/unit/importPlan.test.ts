import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../src/core/schemas/entry';
import { planImport, replacedEntries, type ImportChoice, type LedgerPerson, type ReadFile } from '../../../../src/core/unit/importPlan';

function entry(id: string, endDate: string, overrides: Partial<Entry> = {}): Entry {
  return { id, title: `课程${id}`, kind: 'public', way: 'onlineStudy', startDate: endDate, endDate, hoursTenths: 60, recording: 'platform', status: 'notDeclared', ...overrides };
}

function file(fileName: string, person: Omit<LedgerPerson, 'personId'>, entries: Entry[] = [entry('a', '2025-03-01')], years: number[] | null = [2025]): ReadFile {
  return { fileName, ok: true, person, entries, years };
}

const newId = (index: number) => `new-${index}`;
const none = new Map<number, ImportChoice>();

describe('planImport', () => {
  const known: LedgerPerson[] = [
    { personId: 'p1', name: '张三', department: '内科', staffNumber: '001' },
    { personId: 'p2', name: '李四', department: '外科' },
    { personId: 'p3', name: '李四', department: '儿科' },
  ];

  it.each([
    ['a new name', { name: '王五', department: '内科' }, 'new'],
    ['the same 工号', { name: '张三', staffNumber: '001', department: '急诊科' }, 'update'],
    ['the same name and 科室', { name: '李四', department: '外科' }, 'update'],
    ['a namesake in another 科室', { name: '张三', department: '外科' }, 'new'],
    ['a name two people share, no 科室', { name: '李四' }, 'ambiguous'],
    ['a known 工号 under another name', { name: '赵六', staffNumber: '001' }, 'ambiguous'],
  ] as const)('%s → %s', (_label, person, outcome) => {
    const plan = planImport([file('f.json', person)], known, none, newId);
    expect(plan.items[0]?.outcome).toBe(outcome);
    expect(plan.undecided).toBe(outcome === 'ambiguous' ? 1 : 0);
    expect(plan.accepted).toBe(outcome === 'ambiguous' ? 0 : 1);
  });

  it('a refused file and a file without a name are listed and write nothing', () => {
    const plan = planImport([{ fileName: 'bad.json', ok: false, message: '这不是导出给单位的文件' }, file('blank.json', { name: '  ' })], known, none, newId);
    expect(plan.items.map((item) => item.outcome)).toEqual(['refused', 'unnamed']);
    expect(plan.accepted).toBe(0);
    expect(plan.people).toEqual([]);
  });

  it('a second file of a person new in this import updates that person, never a duplicate', () => {
    const plan = planImport([file('1.json', { name: '王五', department: '内科' }), file('2.json', { name: '王五', department: '内科', title: '主治医师' })], known, none, newId);
    expect(plan.items.map((item) => item.outcome)).toEqual(['new', 'update']);
    expect(plan.people).toEqual([{ personId: 'new-0', name: '王五', department: '内科', title: '主治医师' }]);
    expect(plan.replacements.map((replacement) => replacement.personId)).toEqual(['new-0', 'new-0']);
  });

  it("HR's choice settles an ambiguous file: a candidate, or a new person; a choice outside the candidates is no choice", () => {
    const files = [file('f.json', { name: '李四' })];
    expect(planImport(files, known, new Map([[0, { personId: 'p3' }]]), newId).items[0]).toMatchObject({ outcome: 'update', personId: 'p3', by: 'chosen' });
    expect(planImport(files, known, new Map([[0, 'new' as const]]), newId).items[0]).toMatchObject({ outcome: 'new', personId: 'new-0' });
    expect(planImport(files, known, new Map([[0, { personId: 'p1' }]]), newId).undecided).toBe(1);
  });

  it('lists the candidates of an ambiguous file with their 科室 and 工号', () => {
    const item = planImport([file('f.json', { name: '李四' })], known, none, newId).items[0];
    expect(item).toMatchObject({ outcome: 'ambiguous', reason: 'sameName', candidates: [{ personId: 'p2', department: '外科', staffNumber: '' }, { personId: 'p3', department: '儿科', staffNumber: '' }] });
  });

  it('keeps what a file leaves out of the person (a file without a 科室 never erases it)', () => {
    const plan = planImport([file('f.json', { name: '张三', staffNumber: '001', title: '主管护师' })], known, none, newId);
    expect(plan.people).toEqual([{ personId: 'p1', name: '张三', department: '内科', staffNumber: '001', title: '主管护师' }]);
  });
});

describe('replacedEntries', () => {
  const current = [entry('a', '2024-05-01'), entry('b', '2025-05-01'), entry('c', '2025-06-01')];
  it.each([
    ['the years a file covers are replaced, others kept', [{ personId: 'p', years: [2025], entries: [entry('d', '2025-07-01')] }], ['a', 'd']],
    ['a full backup replaces every year', [{ personId: 'p', years: null, entries: [entry('e', '2023-01-01')] }], ['e']],
    ['a later file wins for its years', [{ personId: 'p', years: [2025], entries: [entry('d', '2025-07-01')] }, { personId: 'p', years: [2025], entries: [entry('f', '2025-08-01')] }], ['a', 'f']],
    ['nothing to replace', [], ['a', 'b', 'c']],
  ] as const)('%s', (_label, replacements, ids) => {
    expect(replacedEntries(current, replacements.map((item) => ({ ...item, years: item.years === null ? null : [...item.years], entries: [...item.entries] }))).map((item) => item.id)).toEqual(ids);
  });
});
