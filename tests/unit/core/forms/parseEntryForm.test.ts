import { describe, expect, it } from 'vitest';
import { emptyEntryForm, entryFormFromDraft, entryFormFromEntry, fieldsForStatus, recordingForWay, redeclare, wayForKind, type EntryFormValues } from '../../../../src/core/forms/entryForm';
import { FUTURE_DATE_MESSAGES, parseEntryForm } from '../../../../src/core/forms/parseEntryForm';

const context = { id: 'new-1', baseNumberOf: (name: string) => (name === '河南大学' ? 1 : undefined), today: '2026-12-31' };
const form = (change: Partial<EntryFormValues>): EntryFormValues => ({ ...emptyEntryForm('2025-11-27'), title: '应急管理', hours: '6', ...change });

describe('parseEntryForm', () => {
  describe('with today given, nothing not yet studied can be saved', () => {
    const today = { ...context, today: '2025-11-27' };
    it.each([
      { name: 'platform-recorded study finishing after today', change: { way: 'onlineStudy', recording: 'platform', startDate: '2025-12-10', endDate: '2025-12-15' }, field: 'endDate' },
      { name: 'a course to be declared, finishing tomorrow', change: { endDate: '2025-11-28' }, field: 'endDate' },
      { name: 'a declaration dated tomorrow', change: { status: 'declared', declaredOn: '2025-11-28' }, field: 'declaredOn' },
      {
        name: 'an approval dated after today',
        change: { status: 'approved', declaredOn: '2025-11-27', employerApprovedOn: '2025-11-27', approvedOn: '2025-12-25' },
        field: 'approvedOn',
      },
      {
        name: 'a 退回 dated after today',
        change: { status: 'returned', declaredOn: '2025-11-27', returnedBy: 'employer', returnedOn: '2025-12-01', returnReason: '证书不清晰' },
        field: 'returnedOn',
      },
    ] as const)('$name is refused at its field', ({ change, field }) => {
      const result = parseEntryForm(form(change), today);
      expect(result).toEqual({ ok: false, errors: { [field]: FUTURE_DATE_MESSAGES[field] } });
    });

    it('study finished today, declared and approved today, is saved', () => {
      const result = parseEntryForm(form({ status: 'approved', declaredOn: '2025-11-27', employerApprovedOn: '2025-11-27', approvedOn: '2025-11-27' }), today);
      expect(result.ok).toBe(true);
    });
  });

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
        recording: 'declare',
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
    const done = { startDate: '2025-10-01', endDate: '2025-10-01' };
    const result = parseEntryForm(form({ ...done, recording: 'platform', status: 'declared', declaredOn: '2025-11-01', approvedOn: '2025-11-05' }), context);
    expect(result.ok && result.entry).toMatchObject({ status: 'notDeclared', recording: 'platform' });
    expect(result.ok && 'declaredOn' in result.entry).toBe(false);
    const declared = parseEntryForm(form({ ...done, recording: 'declare', status: 'declared', declaredOn: '2025-11-01', approvedOn: '2025-11-05' }), context);
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

  it.each<[string, Partial<EntryFormValues>, Partial<Record<string, string>>]>([
    ['offline study as platform-recorded', { way: 'inPerson', recording: 'platform' }, { recording: '只有在线学习的学时由平台学习入口自动记录；“线下面授”的学时须申报（本站理解）' }],
    ['a declaration before the completion date', { status: 'declared', declaredOn: '2025-11-20' }, { declaredOn: '申报日期不能早于完成日期' }],
    [
      'a decision before the declaration',
      { startDate: '2025-10-01', endDate: '2025-10-01', status: 'employerApproved', declaredOn: '2025-11-05', employerApprovedOn: '2025-11-01' },
      { employerApprovedOn: '用人单位审核通过日期不能早于申报日期' },
    ],
    [
      'a 退回 without a reason',
      { startDate: '2025-10-01', endDate: '2025-10-01', status: 'returned', declaredOn: '2025-11-05', returnedOn: '2025-11-06', returnedBy: 'employer' },
      { returnReason: '请填写退回原因' },
    ],
    ['an approval for an entry never declared', { startDate: '2025-10-01', endDate: '2025-10-01', status: 'approved', approvedOn: '2025-11-06' }, { declaredOn: '审核结果只能记在已申报的记录上，请填写申报日期' }],
    ['其他 without saying which way', { kind: 'professional', way: 'other' }, { wayNote: '学习方式选“其他”时，请写明是哪种方式' }],
  ])('refuses %s with a Chinese message at the field', (_name, change, errors) => {
    const result = parseEntryForm(form(change), context);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.errors).toMatchObject(errors);
  });

  it('accepts 其他 with its description, and keeps it', () => {
    const result = parseEntryForm(form({ kind: 'professional', way: 'other', wayNote: '学术会议' }), context);
    expect(result.ok && result.entry).toMatchObject({ way: 'other', wayNote: '学术会议', recording: 'declare' });
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
    ['approved', ['declaredOn', 'employerApprovedOn', 'approvedOn']],
    ['returned', ['declaredOn', 'returnedBy', 'returnedOn', 'returnReason']],
  ])('status %s asks for %j', (status, fields) => expect(fieldsForStatus(status)).toEqual(fields));

  it.each([
    ['inPerson', 'platform', 'declare'],
    ['onlineStudy', 'platform', 'platform'],
    ['eLearning', 'platform', 'platform'],
    ['training', 'declare', 'declare'],
  ])('way %s keeps or drops recording %s → %s', (way, recording, expected) => expect(recordingForWay(way, recording)).toBe(expected));

  it('takes a stored draft back only as the form’s own text fields', () => {
    expect(entryFormFromDraft({ title: '草稿', hours: '3', id: 'x', way: 7, extra: '<script>' }, '2025-11-27')).toEqual({ ...emptyEntryForm('2025-11-27'), title: '草稿', hours: '3' });
    expect(entryFormFromDraft(null, '2025-11-27')).toBeNull();
    expect(entryFormFromDraft(['title'], '2025-11-27')).toBeNull();
    expect(entryFormFromDraft({ unknown: 'x' }, '2025-11-27')).toBeNull();
  });

  it('a new form never starts as platform-recorded', () => {
    expect(emptyEntryForm('2025-11-27')).toMatchObject({ recording: 'declare', status: 'notDeclared' });
  });

  it('declaring a returned entry again keeps the returned round and starts a new review', () => {
    const returned = form({ status: 'returned', declaredOn: '2025-04-01', returnedOn: '2025-04-03', returnedBy: 'employer', returnReason: '缺少证书' });
    const next = redeclare(returned, '2025-04-10');
    expect(next?.round).toEqual({ declaredOn: '2025-04-01', returnedOn: '2025-04-03', returnedBy: 'employer', reason: '缺少证书' });
    expect(next?.values).toMatchObject({ status: 'declared', declaredOn: '2025-04-10', returnedOn: '', returnReason: '' });
    expect(redeclare(form({ status: 'declared' }), '2025-04-10')).toBeNull();
  });
});
