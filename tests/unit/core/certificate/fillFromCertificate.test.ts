import { describe, expect, it } from 'vitest';
import type { CertificateFields, CertificateReading } from '../../../../src/core/certificate/extractFields';
import { sure, unsure } from '../../../../src/core/certificate/suggestion';
import { emptyEntryForm, type EntryField, type EntryFormValues } from '../../../../src/core/forms/entryForm';
import { fillFromCertificate } from '../../../../src/core/forms/fillFromCertificate';

const TODAY = '2026-05-10';
const blank = emptyEntryForm(TODAY);
const recognised = (fields: CertificateFields): CertificateReading => ({ recognised: true, fields, messages: [] });
/** A new entry: every field the person has not changed since the form opened may be filled. */
const untouched = (initial: EntryFormValues, values: EntryFormValues) => (field: EntryField) => values[field] === initial[field];
/** An entry being edited: only its empty fields. */
const emptyOnly = (values: EntryFormValues) => (field: EntryField) => values[field] === '';
const fill = (values: EntryFormValues, fields: CertificateFields, mayFill: (field: EntryField) => boolean = untouched(blank, values)) => fillFromCertificate(values, recognised(fields), mayFill);

const FULL: CertificateFields = {
  title: sure('2026年度公需科目：数字经济与创新驱动'),
  kind: sure('public'),
  way: sure('inPerson'),
  startDate: sure('2026-03-05'),
  endDate: sure('2026-03-07'),
  hoursTenths: sure(240),
  providerName: sure('郑州大学'),
  notes: sure('证书编号：HN2026-0305'),
};

describe('filling the entry form from a certificate', () => {
  it('a blank new entry takes every sure value, and says which fields it filled', () => {
    const { values, filled } = fill(blank, FULL);
    expect(values).toEqual({
      ...blank,
      title: '2026年度公需科目：数字经济与创新驱动',
      way: 'inPerson',
      startDate: '2026-03-05',
      endDate: '2026-03-07',
      hours: '24',
      provider: '郑州大学',
      notes: '证书编号：HN2026-0305',
    });
    // 科目类别 was already 公需科目: the certificate says so too, so it is marked for checking like the rest.
    expect(filled).toEqual(['title', 'kind', 'way', 'startDate', 'endDate', 'hours', 'provider', 'notes']);
  });

  it('leaves the form it was given as it was', () => {
    const before = { ...blank };
    fill(blank, FULL);
    expect(blank).toEqual(before);
  });

  it.each<[string, number, string]>([
    ['whole 学时', 900, '90'],
    ['a tenth of a 学时', 125, '12.5'],
  ])('writes %s as people type them', (_name, tenths, hours) => {
    expect(fill(blank, { title: sure('培训'), hoursTenths: sure(tenths) }).values.hours).toBe(hours);
  });

  it('takes no value the reader is unsure of', () => {
    const { values, filled } = fill(blank, {
      title: unsure('可能是标题'),
      kind: unsure('professional'),
      way: unsure('training'),
      startDate: unsure('2026-03-05'),
      endDate: unsure('2026-03-07'),
      hoursTenths: unsure(20),
      providerName: unsure('某机构'),
      notes: unsure('证书编号：X1'),
    });
    expect(values).toEqual(blank);
    expect(filled).toEqual([]);
  });

  it('a reading that found no certificate changes nothing, even if it carries values', () => {
    const reading: CertificateReading = { recognised: false, fields: { title: sure('风景照') }, messages: ['没有识别出证书内容'] };
    const result = fillFromCertificate(blank, reading, () => true);
    expect(result).toEqual({ values: blank, filled: [], kept: [] });
  });

  it('never overwrites what the person typed in a new entry', () => {
    const typed = { ...blank, title: '我自己写的名称', hours: '12', notes: '单位报销' };
    const { values, filled } = fill(typed, FULL, untouched(blank, typed));
    expect([values.title, values.hours, values.notes]).toEqual(['我自己写的名称', '12', '单位报销']);
    expect(filled).not.toContain('title');
    expect(filled).not.toContain('hours');
    expect(filled).not.toContain('notes');
    expect(values.provider).toBe('郑州大学');
  });

  it('an entry being edited fills only its empty fields', () => {
    const stored: EntryFormValues = { ...blank, title: '旧名称', kind: 'professional', way: 'training', startDate: '2026-01-02', endDate: '2026-01-03', hours: '8', provider: '', notes: '' };
    const { values, filled } = fill(stored, { ...FULL, kind: sure('professional'), way: sure('practice') }, emptyOnly(stored));
    expect(values).toEqual({ ...stored, provider: '郑州大学', notes: '证书编号：HN2026-0305' });
    // 专业科目 was already so: the certificate agrees, and the field is marked for checking.
    expect(filled).toEqual(['kind', 'provider', 'notes']);
  });

  it('an entry being edited whose every field is set: nothing changes', () => {
    const stored: EntryFormValues = { ...blank, title: '旧名称', hours: '8', provider: '河南大学', notes: '自费' };
    // The certificate's differing values are listed as kept, so the person is told they were not taken.
    expect(fill(stored, FULL, emptyOnly(stored))).toEqual({ values: stored, filled: ['kind'], kept: ['title', 'way', 'startDate', 'endDate', 'hours', 'provider'] });
  });
});

describe('科目类别 and 学习方式 stay consistent', () => {
  it('a kind read as 专业科目 brings that kind’s first way when no way was read, which is not marked: the certificate did not say it', () => {
    const { values, filled } = fill(blank, { title: sure('内科进展'), kind: sure('professional') });
    expect([values.kind, values.way]).toEqual(['professional', 'training']);
    expect(filled).toEqual(['title', 'kind']);
  });

  it('a way read and taken is listed once', () => {
    const { filled } = fill(blank, { kind: sure('professional'), way: sure('practice') });
    expect(filled).toEqual(['kind', 'way']);
  });

  it('a kind read as 专业科目 takes a way that belongs to it', () => {
    const { values, filled } = fill(blank, { title: sure('在线课程'), kind: sure('professional'), way: sure('eLearning') });
    expect([values.kind, values.way]).toEqual(['professional', 'eLearning']);
    expect(filled).toEqual(expect.arrayContaining(['kind', 'way']));
  });

  it('platform recording goes when the way changes to one the platform cannot record', () => {
    const online = { ...blank, recording: 'platform' };
    const { values } = fill(online, { title: sure('研修班'), kind: sure('professional'), way: sure('training') }, untouched(blank, blank));
    expect([values.way, values.recording]).toEqual(['training', 'declare']);
  });

  it.each<[string, CertificateFields, string, string]>([
    ['a 专业科目 way on a 公需科目 certificate', { kind: sure('public'), way: sure('training') }, 'public', 'onlineStudy'],
    ['a 公需科目 way on a 专业科目 certificate', { kind: sure('professional'), way: sure('inPerson') }, 'professional', 'training'],
    ['a 专业科目 way while the form stays 公需科目 (no kind read)', { way: sure('practice') }, 'public', 'onlineStudy'],
  ])('%s is not taken', (_name, fields, kind, way) => {
    const { values, filled } = fill(blank, { title: sure('培训'), ...fields });
    expect([values.kind, values.way]).toEqual([kind, way]);
    expect(values.way).not.toBe(fields.way?.value);
    // Never marked: the way the form shows is not the certificate's.
    expect(filled.includes('way')).toBe(false);
  });

  it('a kind the person chose is kept, and a way that does not fit it is not taken', () => {
    const chosen = { ...blank, kind: 'professional', way: 'practice' };
    const { values } = fill(chosen, { kind: sure('public'), way: sure('inPerson') }, untouched(blank, chosen));
    expect([values.kind, values.way]).toEqual(['professional', 'practice']);
  });
});

describe('dates', () => {
  it.each<[string, CertificateFields, string, string]>([
    ['only a completion date: a one-day course, both dates', { endDate: sure('2026-03-07') }, '2026-03-07', '2026-03-07'],
    ['only a start date: both dates', { startDate: sure('2026-03-05') }, '2026-03-05', '2026-03-05'],
    ['a range: each its own', { startDate: sure('2026-03-05'), endDate: sure('2026-03-07') }, '2026-03-05', '2026-03-07'],
    ['a sure start and an unsure end: the sure one for both', { startDate: sure('2026-03-05'), endDate: unsure('2026-03-09') }, '2026-03-05', '2026-03-05'],
    ['no date: today’s dates stay', {}, TODAY, TODAY],
  ])('%s', (_name, fields, startDate, endDate) => {
    const { values } = fill(blank, { title: sure('培训'), ...fields });
    expect([values.startDate, values.endDate]).toEqual([startDate, endDate]);
  });
});

describe('the certificate number in 备注', () => {
  it('is appended on a new line after notes that may be filled', () => {
    const fromTemplate = { ...blank, notes: '单位统一组织 ' };
    const { values, filled } = fill(fromTemplate, { notes: sure('证书编号：HN2026-0305') }, untouched(fromTemplate, fromTemplate));
    expect(values.notes).toBe('单位统一组织\n证书编号：HN2026-0305');
    expect(filled).toEqual(['notes']);
  });

  it('is not added twice', () => {
    const already = { ...blank, notes: '证书编号：HN2026-0305' };
    expect(fill(already, { notes: sure('证书编号：HN2026-0305') }, () => true)).toEqual({ values: already, filled: [], kept: [] });
  });

  it('is not added to notes the person typed', () => {
    const typed = { ...blank, notes: '自费' };
    expect(fill(typed, { notes: sure('证书编号：HN2026-0305') }, untouched(blank, typed)).values.notes).toBe('自费');
  });
});
