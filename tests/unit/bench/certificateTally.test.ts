import { describe, expect, it } from 'vitest';
import { NO_FIELDS, type Expected } from '../../../bench/certificates/model';
import { compareField, FIELDS, groupsOf, median, reportMarkdown, scoreFile, summarise, targetRows, type FieldName, type Observation, type ShownField } from '../../../bench/certificates/tally';

const filled = (value: string): ShownField => ({ value, recognised: true });
const untouched = (value = ''): ShownField => ({ value, recognised: false });

function certificate(overrides: Partial<Expected> = {}): Expected {
  return {
    id: 'c01',
    layout: 'platformProof',
    variant: 'clean',
    font: 'song',
    seal: false,
    megapixels: 3.2,
    rotation: 0,
    exifOrientation: null,
    recognised: true,
    fields: { title: '人工智能基础与应用', startDate: '2026-03-05', endDate: '2026-03-07', hours: '12', provider: '河南大学', notes: '证书编号：HN2026-00123', kind: null, way: null },
    ...overrides,
  };
}

function observed(fields: Partial<Record<FieldName, ShownField>>, overrides: Partial<Observation> = {}): Observation {
  const all = Object.fromEntries(FIELDS.map((field) => [field, fields[field] ?? untouched()])) as Record<FieldName, ShownField>;
  return { state: 'done', readMs: 800, longestTaskMs: 0, fields: all, ...overrides };
}

describe('one field against its expectation', () => {
  it.each([
    ['the expected value, filled', '12', filled('12'), 'right'],
    ['the expected value with blanks around it', '12', filled(' 12 '), 'right'],
    ['left empty where a value was expected', '12', untouched(), 'empty'],
    ['a value the reader did not fill (the form held it before) counts as empty', '2026-03-05', untouched('2026-12-01'), 'empty'],
    ['another value', '12', filled('1.2'), 'wrong'],
    ['left empty where empty was expected', null, untouched(), 'right'],
    ['the form’s own default where empty was expected', null, untouched('public'), 'right'],
    ['any value where empty was expected', null, filled('郑州大学'), 'wrong'],
    ['filled, but with nothing', null, filled(''), 'right'],
  ] as const)('%s → %s', (_, expected, shown, outcome) => {
    expect(compareField(expected, shown)).toBe(outcome);
  });
});

describe('a file scored', () => {
  it('counts kind and way only where the certificate states them', () => {
    const plain = scoreFile(certificate(), observed({ title: filled('人工智能基础与应用'), kind: filled('public') }));
    expect(plain.fields.map((f) => f.field)).toEqual(['title', 'startDate', 'endDate', 'hours', 'provider', 'notes']);
    const stated = scoreFile(certificate({ fields: { ...certificate().fields, kind: 'public', way: 'onlineStudy' } }), observed({ kind: filled('public'), way: filled('inPerson') }));
    expect(stated.fields.filter((f) => f.field === 'kind' || f.field === 'way').map((f) => f.outcome)).toEqual(['right', 'wrong']);
  });

  it('refuses a non-certificate only when the state is nothing and no field is filled', () => {
    const other = certificate({ variant: 'nonCertificate', recognised: false, fields: NO_FIELDS, layout: 'landscapeScene' });
    expect(scoreFile(other, observed({}, { state: 'nothing' })).refused).toBe(true);
    expect(scoreFile(other, observed({ title: filled('山水') }, { state: 'done' })).refused).toBe(false);
    expect(scoreFile(other, observed({}, { state: 'failed' })).refused).toBe(false);
  });

  it.each([
    [{ variant: 'clean' }, ['clean']],
    [{ variant: 'photo', seal: true, rotation: 90 }, ['photo with seal', 'rotated']],
    [{ variant: 'photo', seal: false, exifOrientation: 6 }, ['photo without seal', 'EXIF']],
    [{ variant: 'nonCertificate' }, ['non-certificate']],
  ] as const)('groups %o as %o', (overrides, groups) => {
    expect(groupsOf(certificate(overrides as Partial<Expected>))).toEqual(groups);
  });
});

describe('the tallies over a set', () => {
  const all = (shown: (field: FieldName) => ShownField) => Object.fromEntries(FIELDS.map((f) => [f, shown(f)])) as Record<FieldName, ShownField>;
  const perfect = (e: Expected) => observed(all((f) => (e.fields[f] === null ? untouched() : filled(e.fields[f] as string))));
  const clean = certificate();
  const digital = certificate({ id: 'c02', variant: 'digital', megapixels: null });
  const sealed12 = certificate({ id: 'c03', variant: 'photo', seal: true, megapixels: 12 });
  const other = certificate({ id: 'c04', variant: 'nonCertificate', recognised: false, fields: NO_FIELDS, layout: 'receipt' });
  const results = [
    scoreFile(clean, { ...perfect(clean), readMs: 900, longestTaskMs: 30 }),
    scoreFile(digital, { ...perfect(digital), readMs: 300 }),
    // The photograph: hours misread, provider left empty.
    scoreFile(sealed12, { ...perfect(sealed12), readMs: 3500, longestTaskMs: 70, fields: { ...perfect(sealed12).fields, hours: filled('17'), provider: untouched() } }),
    scoreFile(other, observed({}, { state: 'nothing', readMs: 1200 })),
  ];
  const summary = summarise(results);

  it('counts right, empty and wrong fields overall, per field and per group', () => {
    expect(summary.overall).toEqual({ right: 22, empty: 1, wrong: 1, total: 24 });
    expect(summary.perField.hours).toEqual({ right: 3, empty: 0, wrong: 1, total: 4 });
    expect(summary.perField.provider).toEqual({ right: 3, empty: 1, wrong: 0, total: 4 });
    expect(summary.perGroup['photo with seal'].fields).toEqual({ right: 4, empty: 1, wrong: 1, total: 6 });
    expect(summary.perGroup.clean.files).toBe(1);
    expect(summary.perGroup.rotated.files).toBe(0);
  });

  it('times each group, the 12 MP photographs and the longest task', () => {
    expect(summary.perGroup.digital.readMs).toEqual([300]);
    expect(summary.twelveMegapixelMs).toEqual([3500]);
    expect(summary.longestTaskMs).toBe(70);
    expect(summary.nonCertificates).toEqual({ total: 1, refused: 1 });
  });

  it('sets the figures beside the issue’s targets', () => {
    const rows = targetRows(summary);
    expect(rows[0]).toEqual(['clean and digital certificates, fields exactly right', '100.0 %', '≥ 95 %']);
    expect(rows[1]).toEqual(['photographs with seals, fields exactly right', '66.7 %', '≥ 85 %']);
    expect(rows[2]).toEqual(['fields wrongly filled (worse than empty)', '1 of 24 (4.2 %)', '≤ 2 %']);
    expect(rows[3]?.[1]).toBe('3500');
    expect(rows[4]?.[1]).toBe('300');
    expect(rows[5]?.[1]).toBe('70');
  });

  it('reports as Markdown tables, naming every wrong fill', () => {
    const markdown = reportMarkdown(summary, results);
    expect(markdown).toContain('| field | counted | exactly right | left empty | wrongly filled |');
    expect(markdown).toContain('| c03 | hours | 12 | 17 |');
    expect(markdown).toContain('| 12 MP photographs | 1 |');
  });

  it('takes the median of an even and an odd count, and of none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
