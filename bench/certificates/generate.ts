/**
 * `npm run certificates`: draws the certificate fixture set of issue 24 with the
 * system's Chromium, each file with a JSON of the fields a correct reader fills
 * beside it, into bench/certificates/out/ (not committed).
 *
 *   npm run certificates                  the whole set (seed 2026)
 *   npm run certificates -- --seed 7      another set of the same shape
 *   npm run certificates -- --e2e         the three small files of tests/fixtures/certificates/
 *
 * Clean renderings and phone screenshots are PNG; digital certificates are PDFs
 * with a real text layer (page.pdf); photographs are the clean rendering on a
 * table in a page (CSS 3D tilt, uneven light, blur), then drawn in a canvas
 * (turned by pixels when asked) and encoded as JPEG at quality 35–85.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromiumPath.mjs';
import {
  expectationOf,
  FONT_FAMILIES,
  FONT_STYLES,
  planFixtures,
  withExifOrientation,
  type CertificateContent,
  type Expected,
  type Layout,
  type PhotoSettings,
  type PlannedFixture,
} from './model';
import { certificateHtml, landscapeSceneHtml, pageSize, photoSceneHtml, receiptHtml, sealPageHtml } from './templates';

const ROOT = join(import.meta.dirname, '..', '..');
export const DEFAULT_OUT = join(import.meta.dirname, 'out');
export const E2E_OUT = join(ROOT, 'tests', 'fixtures', 'certificates');
export const DEFAULT_SEED = 2026;
/** Pages are served from this made-up origin by a route in the browser: nothing goes to the network. */
const ORIGIN = 'http://fixtures.invalid';

export function baseNames(): string[] {
  const file = JSON.parse(readFileSync(join(ROOT, 'content', 'bases', 'bases.json'), 'utf8')) as { bases: { name: string }[] };
  return file.bases.map((b) => b.name);
}

/** The fonts the layouts use; names the Debian packages to install instead of drawing tofu. */
export function checkFonts(): void {
  let installed = '';
  try {
    installed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    throw new Error('fc-list not found: install fontconfig (apt-get install -y fontconfig) and the fonts below.');
  }
  const missing = missingFonts(installed);
  if (missing !== null) throw new Error(missing);
}

/** What to install, given `fc-list : family`'s output, in plain English; null when every font is there. */
export function missingFonts(installed: string): string | null {
  const missing = FONT_STYLES.map((style) => FONT_FAMILIES[style]).filter(({ family }) => !installed.includes(family));
  if (missing.length === 0) return null;
  return `Missing fonts: ${missing.map((f) => f.family).join(', ')}. Install them with: apt-get install -y ${[...new Set(missing.map((f) => f.apt))].join(' ')}`;
}

interface Served {
  body: Buffer | string;
  contentType: string;
}

/** A browser context whose requests to ORIGIN are answered from memory. */
async function servingContext(browser: Browser, files: Map<string, Served>, deviceScaleFactor: number): Promise<BrowserContext> {
  const context = await browser.newContext({ deviceScaleFactor, viewport: { width: 800, height: 600 } });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files.get(url.pathname) : undefined;
    if (file === undefined) return route.abort();
    return route.fulfill({ status: 200, contentType: file.contentType, body: file.body });
  });
  return context;
}

class Drawer {
  private readonly files = new Map<string, Served>();
  private readonly contexts = new Map<number, BrowserContext>();

  constructor(private readonly browser: Browser) {}

  private async page(scale: number, width: number, height: number) {
    let context = this.contexts.get(scale);
    if (context === undefined) {
      context = await servingContext(this.browser, this.files, scale);
      this.contexts.set(scale, context);
    }
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    return page;
  }

  private async open(html: string, scale: number, width: number, height: number) {
    this.files.set('/page.html', { body: html, contentType: 'text/html; charset=utf-8' });
    const page = await this.page(scale, width, height);
    await page.goto(`${ORIGIN}/page.html`);
    await page.evaluate(async () => {
      await document.fonts.ready;
      await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    });
    return page;
  }

  /** The certificate's page as a PNG at `scale` pixels a CSS pixel. */
  async png(html: string, size: { width: number; height: number }, scale: number, selector = '#cert'): Promise<Buffer> {
    const page = await this.open(html, scale, size.width, size.height);
    try {
      return await page.locator(selector).screenshot({ type: 'png', omitBackground: selector === '#seal' });
    } finally {
      await page.close();
    }
  }

  /** A one-page PDF of the certificate, text as text. */
  async pdf(html: string, size: { width: number; height: number }): Promise<Buffer> {
    const page = await this.open(html, 1, size.width, size.height);
    try {
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({ width: `${size.width}px`, height: `${size.height}px`, printBackground: true, pageRanges: '1' });
    } finally {
      await page.close();
    }
  }

  /** A picture photographed: tilted on a table, lit unevenly, blurred; then turned and encoded in a canvas. */
  async photo(picture: Buffer | null, photo: PhotoSettings, portrait: boolean, sceneHtml?: string): Promise<{ jpeg: Buffer; width: number; height: number }> {
    if (picture !== null) this.files.set('/picture.png', { body: picture, contentType: 'image/png' });
    // A portrait page is photographed with the phone upright: the frame is portrait too.
    const frame = portrait ? { ...photo, width: photo.height, height: photo.width } : photo;
    const scene = await this.open(sceneHtml ?? photoSceneHtml(frame, `${ORIGIN}/picture.png`), 1, frame.width, frame.height);
    let shot: Buffer;
    try {
      shot = await scene.screenshot({ type: 'jpeg', quality: 95 });
    } finally {
      await scene.close();
    }
    this.files.set('/scene.jpg', { body: shot, contentType: 'image/jpeg' });
    // An EXIF Orientation of 6 asks a viewer to turn the pixels 90° clockwise, so they are stored turned 90° back (3: 180°, 8: 90° the other way).
    const turn = photo.exifOrientation === 6 ? 270 : photo.exifOrientation === 3 ? 180 : photo.exifOrientation === 8 ? 90 : photo.rotation;
    const canvasPage = await this.open('<!doctype html><html><body></body></html>', 1, 400, 300);
    try {
      const drawn = await canvasPage.evaluate(
        async ({ url, turn, quality, seed }) => {
          const img = new Image();
          img.src = url;
          await img.decode();
          const sideways = turn % 180 !== 0;
          const canvas = document.createElement('canvas');
          canvas.width = sideways ? img.naturalHeight : img.naturalWidth;
          canvas.height = sideways ? img.naturalWidth : img.naturalHeight;
          const g = canvas.getContext('2d');
          if (g === null) throw new Error('no 2d canvas');
          g.translate(canvas.width / 2, canvas.height / 2);
          g.rotate((turn * Math.PI) / 180);
          g.drawImage(img, -img.naturalWidth / 2, -img.naturalHeight / 2);
          // A camera's sensor noise, seeded: a little brightness jitter on every pixel.
          const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
          let state = seed >>> 0;
          for (let i = 0; i < pixels.data.length; i += 4) {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            const jitter = ((state >>> 24) % 15) - 7;
            pixels.data[i] = (pixels.data[i] ?? 0) + jitter;
            pixels.data[i + 1] = (pixels.data[i + 1] ?? 0) + jitter;
            pixels.data[i + 2] = (pixels.data[i + 2] ?? 0) + jitter;
          }
          g.putImageData(pixels, 0, 0);
          const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality / 100));
          if (blob === null) throw new Error('the canvas gave no JPEG');
          const dataUrl = await new Promise<string>((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.readAsDataURL(blob);
          });
          return { base64: dataUrl.slice(dataUrl.indexOf(',') + 1), width: canvas.width, height: canvas.height };
        },
        { url: `${ORIGIN}/scene.jpg`, turn, quality: photo.quality, seed: photo.width * 31 + photo.quality * 7 + photo.tiltX },
      );
      let jpeg: Buffer = Buffer.from(drawn.base64, 'base64');
      if (photo.exifOrientation !== null) jpeg = Buffer.from(withExifOrientation(jpeg, photo.exifOrientation));
      return { jpeg, width: drawn.width, height: drawn.height };
    } finally {
      await canvasPage.close();
    }
  }

  /** The seal alone, as a PNG data: URL (a PDF's seal is a picture, not text). */
  async sealImage(name: string): Promise<string> {
    const png = await this.png(sealPageHtml(name), { width: 200, height: 200 }, 3, '#seal');
    return `data:image/png;base64,${png.toString('base64')}`;
  }

  async close() {
    for (const context of this.contexts.values()) await context.close();
  }
}

interface Written {
  file: string;
  expected: Expected;
}

function write(out: string, name: string, body: Buffer, expected: Expected): Written {
  writeFileSync(join(out, name), body);
  writeFileSync(join(out, `${expected.id}.json`), `${JSON.stringify(expected, null, 2)}\n`);
  return { file: name, expected };
}

async function drawFixture(drawer: Drawer, fixture: PlannedFixture, out: string): Promise<Written> {
  const { content, photo } = fixture;
  if (fixture.variant === 'nonCertificate') {
    if (photo === null) throw new Error(`${fixture.id}: a non-certificate is always a photograph`);
    if (fixture.layout === 'receipt') {
      const receipt = await drawer.png(receiptHtml(), { width: 480, height: 700 }, 2);
      const shot = await drawer.photo(receipt, photo, true);
      return write(out, `${fixture.id}.jpg`, shot.jpeg, expectationOf(fixture, shot));
    }
    const shot = await drawer.photo(null, photo, false, landscapeSceneHtml(photo.width, photo.height, Number(fixture.id.slice(1, 3))));
    return write(out, `${fixture.id}.jpg`, shot.jpeg, expectationOf(fixture, shot));
  }
  if (content === null || fixture.font === null) throw new Error(`${fixture.id}: a certificate needs its content and font`);
  const layout = fixture.layout as Layout;
  const size = pageSize(layout);
  if (fixture.variant === 'digital') {
    const sealImage = fixture.seal ? await drawer.sealImage(content.provider) : null;
    const pdf = await drawer.pdf(certificateHtml(layout, content, fixture.font, sealImage === null ? null : { turn: fixture.sealTurn, image: sealImage }), size);
    return write(out, `${fixture.id}.pdf`, pdf, expectationOf(fixture, null));
  }
  const seal = fixture.seal ? { turn: fixture.sealTurn, image: null } : null;
  const html = certificateHtml(layout, content, fixture.font, seal);
  if (fixture.variant === 'screenshot') {
    const png = await drawer.png(html, size, 3);
    return write(out, `${fixture.id}.png`, png, expectationOf(fixture, { width: size.width * 3, height: size.height * 3 }));
  }
  if (fixture.variant === 'clean') {
    const png = await drawer.png(html, size, 2);
    return write(out, `${fixture.id}.png`, png, expectationOf(fixture, { width: size.width * 2, height: size.height * 2 }));
  }
  if (photo === null) throw new Error(`${fixture.id}: a photograph needs its settings`);
  // Enough pixels for the paper to be sharp in the largest photographs.
  const picture = await drawer.png(html, size, photo.width >= 3000 ? 3 : 2);
  const shot = await drawer.photo(picture, photo, size.height > size.width);
  return write(out, `${fixture.id}.jpg`, shot.jpeg, expectationOf(fixture, shot));
}

/** The three small files the browser tests use: a sealed photograph, a digital PDF, a landscape. */
const E2E_CONTENT: CertificateContent = {
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

const E2E_PDF_CONTENT: CertificateContent = {
  ...E2E_CONTENT,
  titleLabel: '课程名称',
  title: '数字经济与创新驱动发展',
  amount: { unit: '学时', figure: '2.5', phrasing: 'label' },
  startDate: '2026-04-10',
  endDate: '2026-04-10',
  dateForm: 'dot',
  issueDate: '2026-04-12',
  providerLabel: '培训机构',
  provider: '郑州大学',
  number: 'ZJ202604100017',
  kind: 'public',
  manner: 'online',
};

const E2E_LIMITS: Record<string, number> = { 'photo-sealed.jpg': 300 * 1024, 'digital.pdf': 100 * 1024, 'landscape.jpg': 200 * 1024 };

async function drawE2e(drawer: Drawer, out: string): Promise<Written[]> {
  const written: Written[] = [];
  const photo: PhotoSettings = { width: 1440, height: 1080, quality: 60, rotation: 0, exifOrientation: null, tiltX: 8, tiltY: -6, turn: 2, blur: 0.3, shadow: 0.3 };
  const sealed: PlannedFixture = { id: 'photo-sealed', variant: 'photo', layout: 'platformProof', font: 'song', seal: true, content: E2E_CONTENT, photo, sealTurn: -12 };
  const picture = await drawer.png(certificateHtml('platformProof', E2E_CONTENT, 'song', { turn: -12, image: null }), pageSize('platformProof'), 2);
  const shot = await drawer.photo(picture, photo, true);
  written.push(write(out, 'photo-sealed.jpg', shot.jpeg, expectationOf(sealed, shot)));

  const digital: PlannedFixture = { id: 'digital', variant: 'digital', layout: 'landscape', font: 'hei', seal: true, content: E2E_PDF_CONTENT, photo: null, sealTurn: 8 };
  const sealImage = await drawer.sealImage(E2E_PDF_CONTENT.provider);
  const pdf = await drawer.pdf(certificateHtml('landscape', E2E_PDF_CONTENT, 'hei', { turn: 8, image: sealImage }), pageSize('landscape'));
  written.push(write(out, 'digital.pdf', pdf, expectationOf(digital, null)));

  const view: PhotoSettings = { ...photo, width: 1280, height: 960, quality: 55 };
  const landscape: PlannedFixture = { id: 'landscape', variant: 'nonCertificate', layout: 'landscapeScene', font: null, seal: false, content: null, photo: view, sealTurn: 0 };
  const scene = await drawer.photo(null, view, false, landscapeSceneHtml(view.width, view.height, 1));
  written.push(write(out, 'landscape.jpg', scene.jpeg, expectationOf(landscape, scene)));

  for (const { file } of written) {
    const bytes = readFileSync(join(out, file)).length;
    const limit = E2E_LIMITS[file] ?? 0;
    if (bytes > limit) throw new Error(`${file} is ${Math.round(bytes / 1024)} KB, over its ${limit / 1024} KB limit`);
  }
  return written;
}

export interface GenerateOptions {
  out?: string;
  seed?: number;
  e2e?: boolean;
  log?: (line: string) => void;
}

/** Draws the set (or the three e2e files) and returns what was written with its expectations. */
export async function generateCertificates(options: GenerateOptions = {}): Promise<Written[]> {
  const e2e = options.e2e === true;
  const out = options.out ?? (e2e ? E2E_OUT : DEFAULT_OUT);
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => undefined);
  checkFonts();
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found (set CHROME_PATH or apt-get install -y chromium); this script never downloads a browser.');
  if (!e2e) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const drawer = new Drawer(browser);
  try {
    if (e2e) return await drawE2e(drawer, out);
    const written: Written[] = [];
    for (const fixture of planFixtures(seed, baseNames())) {
      written.push(await drawFixture(drawer, fixture, out));
      log(`${written.length}\t${written.at(-1)?.file}`);
    }
    writeFileSync(join(out, 'set.json'), `${JSON.stringify({ seed, files: written.map((w) => ({ file: w.file, id: w.expected.id })) }, null, 2)}\n`);
    return written;
  } finally {
    await drawer.close();
    await browser.close();
  }
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const seedArgument = argument('--seed');
  const seed = seedArgument === undefined ? DEFAULT_SEED : Number(seedArgument);
  const outArgument = argument('--out');
  try {
    if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number, not ${seedArgument}`);
    const written = await generateCertificates({ seed, e2e: process.argv.includes('--e2e'), ...(outArgument ? { out: outArgument } : {}), log: (line) => console.log(line) });
    console.log(`${written.length} files with their expected fields in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

