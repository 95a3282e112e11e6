import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BENCH_TODAY,
  drawContent,
  expectationOf,
  expectedFields,
  hoursText,
  planFixtures,
  printedPeriod,
  random,
  readExifOrientation,
  UNKNOWN_PROVIDERS,
  wayFor,
  withExifOrientation,
  type CertificateContent,
  type Layout,
} from '../../../bench/certificates/model';
import { missingFonts } from '../../../bench/certificates/generate';
import { certificateHtml, landscapeSceneHtml, receiptHtml } from '../../../bench/certificates/templates';
import { WAYS } from '../../../src/core/vocabulary';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const bases = (JSON.parse(readFileSync(join(ROOT, 'content', 'bases', 'bases.json'), 'utf8')) as { bases: { name: string }[] }).bases.map((b) => b.name);

describe('the certificate fixture set', () => {
  const plan = planFixtures(2026, bases);
  const expectations = plan.map((fixture) => expectationOf(fixture, fixture.photo === null ? null : { width: fixture.photo.width, height: fixture.photo.height }));

  it('holds at least 40 distinct certificates and a few non-certificates', () => {
    const certificates = plan.filter((fixture) => fixture.content !== null);
    expect(certificates.length).toBeGreaterThanOrEqual(40);
    expect(new Set(plan.map((fixture) => fixture.id)).size).toBe(plan.length);
    expect(new Set(certificates.map((fixture) => JSON.stringify(fixture.content))).size).toBe(certificates.length);
    expect(expectations.filter((e) => !e.recognised).length).toBeGreaterThanOrEqual(3);
  });

  it('is the same set for the same seed, and another for another seed', () => {
    expect(planFixtures(2026, bases)).toEqual(plan);
    expect(planFixtures(7, bases)).not.toEqual(plan);
  });

  it('covers every variant, layout, font, seals, turned pixels, EXIF and 12 MP photographs', () => {
    expect(new Set(plan.map((f) => f.variant))).toEqual(new Set(['clean', 'digital', 'photo', 'screenshot', 'nonCertificate']));
    expect(new Set(plan.map((f) => f.layout))).toEqual(new Set(['platformProof', 'completion', 'landscape', 'registerTable', 'phoneRecord', 'landscapeScene', 'receipt']));
    expect(new Set(plan.flatMap((f) => (f.font ? [f.font] : [])))).toEqual(new Set(['song', 'hei', 'kai']));
    expect(plan.filter((f) => f.seal).length).toBeGreaterThanOrEqual(20);
    expect(plan.filter((f) => f.photo?.rotation === 90).length).toBeGreaterThanOrEqual(2);
    expect(plan.filter((f) => f.photo?.rotation === 180).length).toBeGreaterThanOrEqual(2);
    expect(plan.filter((f) => f.photo?.exifOrientation !== null && f.photo?.exifOrientation !== undefined).length).toBeGreaterThanOrEqual(2);
    expect(expectations.filter((e) => e.megapixels === 12).length).toBeGreaterThanOrEqual(3);
    const qualities = plan.flatMap((f) => (f.photo ? [f.photo.quality] : []));
    expect(Math.min(...qualities)).toBeGreaterThanOrEqual(35);
    expect(Math.max(...qualities)).toBeLessThanOrEqual(85);
  });

  it('varies what is printed: labels, units, date forms, providers, kinds and ways', () => {
    const contents = plan.flatMap((f) => (f.content ? [f.content] : []));
    expect(new Set(contents.map((c) => c.titleLabel))).toEqual(new Set(['培训项目', '课程名称', '学习内容', '项目']));
    expect(new Set(contents.map((c) => c.amount.unit))).toEqual(new Set(['学时', '课时', '学分']));
    expect(new Set(contents.map((c) => c.dateForm)).size).toBe(6);
    expect(new Set(contents.map((c) => c.providerLabel))).toEqual(new Set(['施教机构', '主办单位', '培训机构', '发证单位']));
    expect(contents.filter((c) => !c.providerKnown).length).toBeGreaterThanOrEqual(3);
    expect(contents.filter((c) => c.number !== null).length).toBeGreaterThanOrEqual(20);
    expect(new Set(contents.map((c) => c.kind))).toEqual(new Set(['public', 'professional', null]));
    expect(new Set(contents.map((c) => c.manner))).toEqual(new Set(['online', 'inPerson', null]));
    expect(contents.some((c) => c.startDate.startsWith('2025'))).toBe(true);
  });

  it('prints no date on or after the bench day, and no period ending after its issue', () => {
    for (const content of plan.flatMap((f) => (f.content ? [f.content] : []))) {
      expect(content.startDate <= content.endDate).toBe(true);
      expect(content.endDate <= content.issueDate).toBe(true);
      expect(content.issueDate < BENCH_TODAY).toBe(true);
      expect(content.issueDate.slice(0, 4)).toBe(content.endDate.slice(0, 4));
    }
  });

  it('expects a way only where the way and the kind are printed, and only a way of the vocabulary', () => {
    for (const e of expectations) {
      if (e.fields.way !== null) expect(WAYS).toContain(e.fields.way);
      if (e.fields.way !== null) expect(e.fields.kind).not.toBeNull();
    }
  });

  it('uses unknown organisations that are no base and contain none', () => {
    for (const name of UNKNOWN_PROVIDERS) for (const known of bases) expect(name.includes(known) || known.includes(name)).toBe(false);
  });

  it('expects non-certificates to be refused with every field empty', () => {
    for (const e of expectations.filter((x) => x.variant === 'nonCertificate')) {
      expect(e.recognised).toBe(false);
      expect(Object.values(e.fields).every((value) => value === null)).toBe(true);
    }
  });
});

describe('what a correct reader fills', () => {
  const content: CertificateContent = {
    person: '张三',
    titleLabel: '培训项目',
    title: '人工智能基础与应用',
    amount: { unit: '学时', figure: '12', phrasing: 'label' },
    startDate: '2026-03-05',
    endDate: '2026-03-07',
    dateForm: 'cn',
    issueDate: '2026-03-20',
    providerLabel: '施教机构',
    provider: '河南大学',
    providerKnown: true,
    number: 'HN2026-00123',
    kind: 'professional',
    manner: 'inPerson',
  };

  it.each([
    ['everything printed', content, { hours: '12', provider: '河南大学', notes: '证书编号：HN2026-00123', kind: 'professional', way: 'training' }],
    ['课时 counts as 学时', { ...content, amount: { unit: '课时', figure: '2.5', phrasing: 'sentence' } }, { hours: '2.5' }],
    ['学分 only: hours empty', { ...content, amount: { unit: '学分', figure: '2', phrasing: 'label' } }, { hours: null }],
    ['an unknown organisation: provider empty', { ...content, provider: UNKNOWN_PROVIDERS[0], providerKnown: false }, { provider: null }],
    ['no number: notes empty', { ...content, number: null }, { notes: null }],
    ['no kind: kind and way empty', { ...content, kind: null, manner: null }, { kind: null, way: null }],
  ] as const)('%s', (_, printed, expected) => {
    expect(expectedFields(printed as CertificateContent)).toMatchObject(expected);
  });

  it.each([
    ['public', 'online', 'onlineStudy'],
    ['public', 'inPerson', 'inPerson'],
    ['professional', 'online', 'eLearning'],
    ['professional', 'inPerson', 'training'],
  ] as const)('%s and %s give the way %s', (kind, manner, way) => {
    expect(wayFor(kind, manner)).toBe(way);
  });

  it.each([
    [120, '12'],
    [25, '2.5'],
    [5, '0.5'],
  ])('%i tenths show as %s', (tenths, shown) => expect(hoursText(tenths)).toBe(shown));
});

describe('printed periods', () => {
  it.each([
    ['cn', '2026-03-05', '2026-03-07', '2026年3月5日至2026年3月7日'],
    ['cn', '2026-03-05', '2026-03-05', '2026年3月5日'],
    ['dot', '2026-03-05', '2026-03-07', '2026.03.05—2026.03.07'],
    ['dash', '2026-03-05', '2026-03-07', '2026-3-5 至 2026-3-7'],
    ['slash', '2026-03-05', '2026-03-05', '2026/03/05'],
    ['cnShortDay', '2026-03-05', '2026-03-07', '3月5日至7日'],
    ['cnShortMonth', '2026-03-05', '2026-03-07', '2026年3月5日—3月7日'],
  ] as const)('%s: %s to %s is %s', (form, start, end, printed) => expect(printedPeriod(start, end, form)).toBe(printed));

  it('keeps short forms within one month', () => {
    const rng = random(1);
    for (let i = 0; i < 200; i += 1) {
      const c = drawContent(rng, bases, { layout: 'completion' });
      if (c.dateForm === 'cnShortDay') expect(c.startDate.slice(0, 7)).toBe(c.endDate.slice(0, 7));
      if (c.dateForm === 'cnShortDay' || c.dateForm === 'cnShortMonth') expect(c.startDate).not.toBe(c.endDate);
    }
  });
});

describe('an EXIF Orientation written into a JPEG', () => {
  const jfif = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xdb, 0x00, 0x03, 0x00, 0xff, 0xd9]);

  it.each([1, 3, 6, 8])('reads back as %i, with the JFIF segment dropped and the rest kept', (orientation) => {
    const tagged = withExifOrientation(jfif, orientation);
    expect(readExifOrientation(tagged)).toBe(orientation);
    expect([...tagged.slice(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
    expect([...tagged.slice(-7)]).toEqual([0xff, 0xdb, 0x00, 0x03, 0x00, 0xff, 0xd9]);
    expect(tagged.includes(0xe0)).toBe(false);
  });

  it('refuses what is not a JPEG and an orientation outside 1 to 8', () => {
    expect(() => withExifOrientation(Uint8Array.from([0x89, 0x50]), 6)).toThrow(/not a JPEG/);
    expect(() => withExifOrientation(jfif, 9)).toThrow(/1 to 8/);
  });
});

describe('what each certificate prints holds what is expected of it', () => {
  const plan = planFixtures(2026, bases);
  const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');

  it.each(plan.filter((f) => f.content !== null).map((f) => [f.id, f] as const))('%s', (_, fixture) => {
    const content = fixture.content as CertificateContent;
    const printed = text(certificateHtml(fixture.layout as Layout, content, fixture.font ?? 'song', fixture.seal ? { turn: 0, image: null } : null));
    const expected = expectedFields(content);
    expect(printed).toContain(content.title);
    expect(printed).toContain(printedPeriod(content.startDate, content.endDate, content.dateForm));
    expect(printed).toContain(content.provider);
    expect(printed).toMatch(new RegExp(`${content.amount.figure.replace('.', '\\.')}|${content.amount.unit}`));
    expect(printed).toContain(content.amount.unit === '学分' ? '学分' : content.amount.figure);
    if (content.amount.unit === '学分') expect(printed).not.toMatch(/\d\s*(学时|课时)|(学时|课时)[：\s]*\d/);
    if (content.number !== null) expect(printed).toContain(content.number);
    if (expected.kind !== null) expect(printed).toContain(expected.kind === 'public' ? '公需科目' : '专业科目');
    else expect(printed).not.toMatch(/公需|专业科目|专业课/);
    if (content.manner === null) expect(printed).not.toMatch(/在线学习|面授/);
    // No date on the page after the bench's day.
    for (const [, y, m, d] of printed.matchAll(/(20\d\d)年(\d{1,2})月(\d{1,2})日/g)) expect(`${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}` < BENCH_TODAY).toBe(true);
  });

  it('prints none of a certificate’s words on the receipt, and no text at all on the landscapes', () => {
    expect(text(receiptHtml())).not.toMatch(/证书|证明|学时|课时|学分|培训|结业|继续教育|研修|进修|课程/);
    expect(text(landscapeSceneHtml(1200, 900, 1)).trim()).toBe('');
  });
});

describe('the fonts the generator needs', () => {
  it('names the Debian packages of the fonts fc-list does not list', () => {
    expect(missingFonts('WenQuanYi Zen Hei,文泉驛正黑\nAR PL UMing CN\nAR PL UKai CN\n')).toBeNull();
    expect(missingFonts('WenQuanYi Zen Hei,文泉驛正黑\nDejaVu Sans\n')).toBe(
      'Missing fonts: AR PL UMing CN, AR PL UKai CN. Install them with: apt-get install -y fonts-arphic-uming fonts-arphic-ukai',
    );
  });
});
