/**
 * The certificate fixture set as data: what each certificate prints and what a
 * correct reader fills from it. Pure (no browser, no file system, no clock), so
 * the same seed always gives the same set and the expectations can be tested.
 *
 * Expectations follow what is printed and the reading rules of issue 24 and
 * docs/certificate-reading.md, never the reader's output.
 */
import type { Kind, Way } from '../../src/core/vocabulary';

/** The day the bench reads the set on (its clock is fixed to it): every printed date is before it. */
export const BENCH_TODAY = '2026-12-01';

export const LAYOUTS = ['platformProof', 'completion', 'landscape', 'registerTable', 'phoneRecord'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Printed styles: 宋体, 黑体 and 楷体, each from a Debian font package. */
export const FONT_STYLES = ['song', 'hei', 'kai'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

export const FONT_FAMILIES: Record<FontStyle, { family: string; apt: string }> = {
  song: { family: 'AR PL UMing CN', apt: 'fonts-arphic-uming' },
  hei: { family: 'WenQuanYi Zen Hei', apt: 'fonts-wqy-zenhei' },
  kai: { family: 'AR PL UKai CN', apt: 'fonts-arphic-ukai' },
};

export type Variant = 'clean' | 'digital' | 'photo' | 'screenshot' | 'nonCertificate';

export const TITLE_LABELS = ['培训项目', '课程名称', '学习内容', '项目'] as const;
export const PROVIDER_LABELS = ['施教机构', '主办单位', '培训机构', '发证单位'] as const;
export const DATE_FORMS = ['cn', 'dot', 'dash', 'slash', 'cnShortDay', 'cnShortMonth'] as const;
export type DateForm = (typeof DATE_FORMS)[number];

const TITLES = [
  '人工智能基础与应用',
  '数字经济与创新驱动发展',
  '医疗质量与患者安全管理',
  '建设工程质量安全管理实务',
  '新时代教师专业能力提升',
  '农业技术推广与乡村振兴',
  '企业会计准则解读',
  '水利工程运行管理',
  '中医药传承与创新发展',
  '职业道德与法律法规',
  '安全生产标准化建设',
  '大数据分析方法与实践',
  '智慧交通规划设计',
  '心理健康与压力管理',
  '绿色低碳发展专题',
  '知识产权保护实务',
];

/** Organisations the site does not know (none contains a base's name): a correct reader leaves 机构 empty. */
export const UNKNOWN_PROVIDERS = ['中原人才发展研究中心', '豫华职业技能培训学校', '嵩山管理咨询有限公司', '伏牛山工程技术服务中心'];

const PEOPLE = ['张三', '李四', '王五', '赵六', '刘洋', '陈静', '杨帆', '周敏', '孙磊', '吴倩'];

/** A small, seeded random source (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function random(seed: number): Random {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
  };
}

export interface ExpectedFields {
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  /** As the form shows it: "12", "2.5". */
  hours: string | null;
  provider: string | null;
  notes: string | null;
  kind: Kind | null;
  way: Way | null;
}

export interface Expected {
  id: string;
  layout: Layout | 'landscapeScene' | 'receipt';
  variant: Variant;
  font: FontStyle | null;
  seal: boolean;
  /** Of the image file; null for a PDF. */
  megapixels: number | null;
  /** Pixels turned by this many degrees clockwise (a photo held sideways or upside down). */
  rotation: 0 | 90 | 180 | 270;
  /** The EXIF Orientation tag written instead of upright pixels, when there is one. */
  exifOrientation: number | null;
  recognised: boolean;
  fields: ExpectedFields;
}

/** What a certificate prints, beside what a reader should fill from it. */
export interface CertificateContent {
  person: string;
  titleLabel: (typeof TITLE_LABELS)[number];
  title: string;
  /** 学分 only: the hours stay empty. */
  amount: { unit: '学时' | '课时' | '学分'; figure: string; phrasing: 'label' | 'sentence' };
  startDate: string;
  endDate: string;
  dateForm: DateForm;
  issueDate: string;
  providerLabel: (typeof PROVIDER_LABELS)[number];
  provider: string;
  providerKnown: boolean;
  number: string | null;
  kind: Kind | null;
  /** Printed only with a kind, as a way's code depends on it. */
  manner: 'online' | 'inPerson' | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 2026年3月5日 */
export function chineseDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${y}年${m}月${d}日`;
}

/** The study period as printed in one of the forms the reader handles. */
export function printedPeriod(start: string, end: string, form: DateForm): string {
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  const single = start === end;
  switch (form) {
    case 'cn':
      return single ? chineseDate(start) : `${chineseDate(start)}至${chineseDate(end)}`;
    case 'dot':
      return single ? `${y1}.${pad(m1)}.${pad(d1)}` : `${y1}.${pad(m1)}.${pad(d1)}—${y2}.${pad(m2)}.${pad(d2)}`;
    case 'dash':
      return single ? `${y1}-${m1}-${d1}` : `${y1}-${m1}-${d1} 至 ${y2}-${m2}-${d2}`;
    case 'slash':
      return single ? `${y1}/${pad(m1)}/${pad(d1)}` : `${y1}/${pad(m1)}/${pad(d1)}-${y2}/${pad(m2)}/${pad(d2)}`;
    case 'cnShortDay':
      return `${m1}月${d1}日至${d2}日`;
    case 'cnShortMonth':
      return `${chineseDate(start)}—${m2}月${d2}日`;
  }
}

/** The way's code for the kind and the manner printed (vocabulary.ts; docs/certificate-reading.md). */
export function wayFor(kind: Kind, manner: 'online' | 'inPerson'): Way {
  if (kind === 'public') return manner === 'online' ? 'onlineStudy' : 'inPerson';
  return manner === 'online' ? 'eLearning' : 'training';
}

/** 学时 in tenths as the form shows it: 120 → "12", 25 → "2.5". */
export function hoursText(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** A certificate's content, drawn from the seed; the dates are all before BENCH_TODAY. */
export function drawContent(rng: Random, bases: readonly string[], options: { credits?: boolean; unknownProvider?: boolean; layout: Layout }): CertificateContent {
  const { layout } = options;
  // A web page's record prints full dates; paper certificates use every form.
  const dateForm = rng.pick(layout === 'phoneRecord' ? DATE_FORMS.slice(0, 4) : DATE_FORMS);
  // Short forms leave out the year or the month; they need a range in one month (and one year).
  const multiDay = dateForm === 'cnShortDay' || dateForm === 'cnShortMonth' || rng.chance(0.7);
  const year = rng.chance(0.75) ? 2026 : 2025;
  const month = rng.int(year === 2026 ? 1 : 3, year === 2026 ? 10 : 11);
  const day = rng.int(1, 24);
  const startDate = iso(year, month, day);
  const endDate = multiDay ? addDays(startDate, rng.int(1, 4)) : startDate;
  // Issued in the same year (a yearless 3月5日至7日 takes the issue date's year), after the course.
  const lastIssue = year === 2026 ? addDays(BENCH_TODAY, -1) : '2025-12-31';
  const proposedIssue = addDays(endDate, rng.int(2, 20));
  const issueDate = proposedIssue > lastIssue ? lastIssue : proposedIssue;
  const credits = options.credits === true;
  const unit = credits ? '学分' : rng.chance(0.7) ? '学时' : '课时';
  const tenths = credits ? rng.int(1, 6) * 10 : rng.pick([40, 60, 80, 120, 160, 240, 320, 25, 75, 125]);
  const providerKnown = options.unknownProvider !== true;
  const provider = providerKnown ? rng.pick(bases) : rng.pick(UNKNOWN_PROVIDERS);
  const kind = rng.chance(0.5) ? rng.pick<Kind>(['public', 'professional']) : null;
  const manner = kind !== null && rng.chance(0.7) ? rng.pick(['online', 'inPerson'] as const) : null;
  const number = rng.chance(0.75) ? (rng.chance(0.5) ? `HN${year}-${pad(rng.int(0, 99))}${rng.int(100, 999)}` : `ZJ${startDate.replaceAll('-', '')}${rng.int(1000, 9999)}`) : null;
  return {
    person: rng.pick(PEOPLE),
    titleLabel: layout === 'phoneRecord' ? '课程名称' : rng.pick(TITLE_LABELS),
    title: rng.pick(TITLES),
    amount: { unit, figure: hoursText(tenths), phrasing: layout === 'registerTable' || layout === 'phoneRecord' ? 'label' : rng.chance(0.5) ? 'label' : 'sentence' },
    startDate,
    endDate,
    dateForm,
    issueDate,
    providerLabel: rng.pick(PROVIDER_LABELS),
    provider,
    providerKnown,
    number,
    kind,
    manner,
  };
}

/** What a correct reader fills from what the certificate prints. */
export function expectedFields(content: CertificateContent): ExpectedFields {
  return {
    title: content.title,
    startDate: content.startDate,
    endDate: content.endDate,
    hours: content.amount.unit === '学分' ? null : content.amount.figure,
    provider: content.providerKnown ? content.provider : null,
    notes: content.number === null ? null : `证书编号：${content.number}`,
    kind: content.kind,
    way: content.kind !== null && content.manner !== null ? wayFor(content.kind, content.manner) : null,
  };
}

export const NO_FIELDS: ExpectedFields = { title: null, startDate: null, endDate: null, hours: null, provider: null, notes: null, kind: null, way: null };

/** A photograph's conditions. */
export interface PhotoSettings {
  width: number;
  height: number;
  quality: number;
  rotation: 0 | 90 | 180 | 270;
  exifOrientation: number | null;
  tiltX: number;
  tiltY: number;
  turn: number;
  blur: number;
  shadow: number;
}

/** 4:3 sizes from about 1 to 12 megapixels. */
export const PHOTO_SIZES: readonly [number, number][] = [
  [1200, 900],
  [1632, 1224],
  [2048, 1536],
  [2592, 1944],
  [3264, 2448],
  [4000, 3000],
];

export function megapixels(width: number, height: number): number {
  return Math.round((width * height) / 1e5) / 10;
}

/** One file of the set: what to draw and how. */
export interface PlannedFixture {
  id: string;
  variant: Variant;
  layout: Layout | 'landscapeScene' | 'receipt';
  font: FontStyle | null;
  seal: boolean;
  content: CertificateContent | null;
  photo: PhotoSettings | null;
  /** Seal placement and turn, so the drawing is seeded too. */
  sealTurn: number;
}

function photoSettings(rng: Random, size: readonly [number, number], rotation: PhotoSettings['rotation'], exifOrientation: number | null): PhotoSettings {
  return {
    width: size[0],
    height: size[1],
    quality: rng.int(35, 85),
    rotation,
    exifOrientation,
    tiltX: rng.int(-12, 12),
    tiltY: rng.int(-10, 10),
    turn: rng.int(-4, 4),
    blur: rng.pick([0, 0.3, 0.6, 0.9]),
    shadow: rng.int(15, 45) / 100,
  };
}

const PAPER_LAYOUTS: readonly Layout[] = ['platformProof', 'completion', 'landscape', 'registerTable'];

/**
 * The whole set: 10 clean renderings, 8 digital PDFs, 4 phone screenshots, 24
 * photographs (4 at 12 MP, 2 turned 90°, 2 turned 180°, 2 with an EXIF
 * Orientation instead), and 3 photographs of something else.
 */
export function planFixtures(seed: number, bases: readonly string[]): PlannedFixture[] {
  const rng = random(seed);
  const planned: PlannedFixture[] = [];
  let count = 0;
  // Four with credits only, five with an unknown organisation, spread over the variants.
  const credits = new Set([3, 12, 25, 33]);
  const unknown = new Set([2, 9, 17, 28, 38]);
  const add = (variant: Variant, layout: Layout, font: FontStyle, seal: boolean, photo: PhotoSettings | null) => {
    count += 1;
    const content = drawContent(rng, bases, { layout, credits: credits.has(count), unknownProvider: unknown.has(count) });
    const id = `c${pad(count)}-${variant}-${layout}-${font}${seal ? '-seal' : ''}${photo && photo.rotation !== 0 ? `-rot${photo.rotation}` : ''}${photo?.exifOrientation ? `-exif${photo.exifOrientation}` : ''}`;
    planned.push({ id, variant, layout, font, seal, content, photo, sealTurn: rng.int(-30, 30) });
  };
  for (let i = 0; i < 10; i += 1) add('clean', PAPER_LAYOUTS[i % 4] as Layout, FONT_STYLES[i % 3] as FontStyle, i % 3 !== 2, null);
  for (let i = 0; i < 8; i += 1) add('digital', PAPER_LAYOUTS[i % 4] as Layout, FONT_STYLES[(i + 1) % 3] as FontStyle, i % 2 === 0, null);
  for (let i = 0; i < 4; i += 1) add('screenshot', 'phoneRecord', 'hei', false, null);
  for (let i = 0; i < 24; i += 1) {
    const size = i < 4 ? PHOTO_SIZES[5] : PHOTO_SIZES[i % 5];
    const rotation: PhotoSettings['rotation'] = i === 5 || i === 11 ? 90 : i === 7 || i === 13 ? 180 : 0;
    const exif = i === 9 ? 6 : i === 15 ? 3 : null;
    add('photo', PAPER_LAYOUTS[i % 4] as Layout, FONT_STYLES[i % 3] as FontStyle, i % 4 !== 3, photoSettings(rng, size as [number, number], rotation, exif));
  }
  const others: ('landscapeScene' | 'receipt')[] = ['landscapeScene', 'landscapeScene', 'receipt'];
  others.forEach((layout, i) => {
    count += 1;
    const photo = photoSettings(rng, PHOTO_SIZES[i + 1] as [number, number], 0, null);
    planned.push({ id: `c${pad(count)}-nonCertificate-${layout}`, variant: 'nonCertificate', layout, font: null, seal: false, content: null, photo, sealTurn: 0 });
  });
  return planned;
}

/** The expectations of a planned file, with the size of the file as drawn. */
export function expectationOf(fixture: PlannedFixture, size: { width: number; height: number } | null): Expected {
  return {
    id: fixture.id,
    layout: fixture.layout,
    variant: fixture.variant,
    font: fixture.font,
    seal: fixture.seal,
    megapixels: size === null ? null : megapixels(size.width, size.height),
    rotation: fixture.photo?.rotation ?? 0,
    exifOrientation: fixture.photo?.exifOrientation ?? null,
    recognised: fixture.content !== null,
    fields: fixture.content === null ? NO_FIELDS : expectedFields(fixture.content),
  };
}

/**
 * A JPEG with an EXIF APP1 segment holding only the Orientation tag, put right
 * after the start-of-image marker (a JFIF APP0 segment, if any, is dropped, as
 * EXIF and JFIF do not go together).
 */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG: no start-of-image marker');
  if (!Number.isInteger(orientation) || orientation < 1 || orientation > 8) throw new Error(`EXIF orientation must be 1 to 8, not ${orientation}`);
  let rest = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) rest = 4 + ((jpeg[4] as number) << 8) + (jpeg[5] as number);
  // Big-endian TIFF: header, one IFD with one SHORT entry (0x0112 Orientation), no next IFD.
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = payload.length + 2;
  const segment = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
  const out = new Uint8Array(2 + segment.length + jpeg.length - rest);
  out.set([0xff, 0xd8], 0);
  out.set(segment, 2);
  out.set(jpeg.subarray(rest), 2 + segment.length);
  return out;
}

/** The Orientation tag of a JPEG's EXIF segment, if it has one (to test the writer). */
export function readExifOrientation(jpeg: Uint8Array): number | undefined {
  let at = 2;
  while (at + 4 < jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1] as number;
    const length = ((jpeg[at + 2] as number) << 8) + (jpeg[at + 3] as number);
    if (marker === 0xe1 && String.fromCharCode(...jpeg.subarray(at + 4, at + 8)) === 'Exif') {
      const tiff = at + 10;
      const big = jpeg[tiff] === 0x4d;
      const u16 = (p: number) => (big ? ((jpeg[p] as number) << 8) + (jpeg[p + 1] as number) : (jpeg[p] as number) + ((jpeg[p + 1] as number) << 8));
      const u32 = (p: number) => (big ? u16(p) * 65536 + u16(p + 2) : u16(p) + u16(p + 2) * 65536);
      const ifd = tiff + u32(tiff + 4);
      for (let i = 0; i < u16(ifd); i += 1) {
        const entry = ifd + 2 + i * 12;
        if (u16(entry) === 0x0112) return u16(entry + 8);
      }
      return undefined;
    }
    if (marker === 0xda) return undefined;
    at += 2 + length;
  }
  return undefined;
}
