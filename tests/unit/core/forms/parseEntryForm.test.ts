import { describe, expect, it } from 'vitest';
import { datesForStatus, emptyEntryForm, entryFormFromEntry, wayForKind, type EntryFormValues } from '../../../../src/core/forms/entryForm';
import { parseEntryForm } from '../../../../src/core/forms/parseEntryForm';

const context = { id: 'new-1', baseNumberOf: (name: string) => (name === '河南大学' ? 1 : undefined) };
const form = (change: Partial<EntryFormValues>): EntryFormValues => ({ ...emptyEntryForm('2025-11-27'), title: '应急管理', hours: '6', ...change });

describe('parseEntryForm', () => {
  it('turns a filled form into an entry in tenths', () => {
    expect(parseEntryForm(form({ hours: '12.5' }), context)).toEqual({
      ok: true,
      entry: {
        id: 'new-1',
        title: '应急管理',
        kind: 'public',
        way: 'onlineStudy',
        startDate: '2025-11-27',
        endDate: '2025-11-27',
        hoursTenths: 125,
        recording: 'platform',
        status: 'notDeclared',
      },
    });
  });

  it('links a provider typed as a base’s exact name to that base, and keeps free text otherwise', () => {
    const base = parseEntryForm(form({ provider: '河南大学' }), context);
    expect(base.ok && base.entry).toMatchObject({ providerName: '河南大学', baseNumber: 1 });
    const other = parseEntryForm(form({ provider: '某市医学会' }), context);
    expect(other.ok && other.entry).toMatchObject({ providerName: '某市医学会' });
    expect(other.ok && 'baseNumber' in other.entry).toBe(false);
  });

  it('drops declaration dates the status does not use, and the status of platform hours', () => {
    const result = parseEntryForm(form({ recording: 'platform', status: 'declared', declaredOn: '2025-11-01', approvedOn: '2025-11-05' }), context);
    expect(result.ok && result.entry).toMatchObject({ status: 'notDeclared' });
    expect(result.ok && 'declaredOn' in result.entry).toBe(false);
    const declared = parseEntryForm(form({ recording: 'declare', status: 'declared', declaredOn: '2025-11-01', approvedOn: '2025-11-05' }), context);
    expect(declared.ok && declared.entry).toMatchObject({ status: 'declared', declaredOn: '2025-11-01' });
    expect(declared.ok && 'approvedOn' in declared.entry).toBe(false);
  });

  it('puts one Chinese message on each bad field, hours included', () => {
    const result = parseEntryForm(form({ title: '', hours: '12.55', endDate: '2025-11-01', recording: 'declare', status: 'declared' }), context);
    expect(result).toEqual({
      ok: false,
      errors: {
        hours: '学时最多保留一位小数',
        title: '请填写项目名称',
        endDate: '完成日期不能早于开始日期',
        declaredOn: '已申报的记录请填写申报日期',
      },
    });
  });

  it('refuses a way of the other kind (a tampered form)', () => {
    const result = parseEntryForm(form({ kind: 'public', way: 'grassroots' }), context);
    expect(result.ok === false && result.errors.way).toContain('不属于公需科目');
  });

  it('round-trips an entry through the form', () => {
    const parsed = parseEntryForm(form({ hours: '7.5', notes: '  带讲义  ' }), context);
    if (!parsed.ok) throw new Error('expected a valid form');
    expect(parsed.entry.notes).toBe('带讲义');
    expect(parseEntryForm(entryFormFromEntry(parsed.entry), context)).toEqual(parsed);
  });
});

describe('form helpers', () => {
  it.each([
    ['public', 'grassroots', 'onlineStudy'],
    ['professional', 'onlineStudy', 'training'],
    ['professional', 'practice', 'practice'],
  ])('kind %s keeps or replaces way %s → %s', (kind, way, expected) => expect(wayForKind(kind, way)).toBe(expected));

  it.each([
    ['notDeclared', []],
    ['declared', ['declaredOn']],
    ['employerApproved', ['declaredOn', 'employerApprovedOn']],
    ['approved', ['declaredOn', 'approvedOn']],
    ['returned', ['declaredOn', 'returnedOn']],
  ])('status %s asks for %j', (status, dates) => expect(datesForStatus(status)).toEqual(dates));
});
