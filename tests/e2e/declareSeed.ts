import { expect, type Page } from '@playwright/test';
import { strToU8, zipSync, type Zippable } from 'fflate';

/** The device's today in the 申报 tests: 2025-11-28, a Friday, with 2025's notice in force. */
export const DECLARE_TODAY = new Date('2025-11-28T10:00:00+08:00');

const STAMP = '2025-11-01T00:00:00.000Z';

type Seed = Record<string, unknown> & { id: string; title: string };

const base = (id: string, title: string, endDate: string, hoursTenths: number): Seed => ({
  id,
  title,
  kind: 'professional',
  way: 'training',
  startDate: endDate,
  endDate,
  hoursTenths,
  recording: 'declare',
  status: 'notDeclared',
  providerName: '河南大学',
  createdAt: STAMP,
  updatedAt: STAMP,
});

/** A year with 2 returned, 3 undeclared and 2 pending entries (one past its review limit) and one platform-recorded. */
export const DECLARE_ENTRIES: Seed[] = [
  { ...base('u-late', '病例讨论会', '2025-06-01', 30), notes: '第 2 期' },
  { ...base('r-late', '急救技能培训', '2025-08-20', 45), status: 'returned', declaredOn: '2025-09-01', returnedOn: '2025-09-03', returnedBy: 'employer', returnReason: '证书照片不清晰' },
  { ...base('u-early', '职业道德讲座', '2025-02-01', 60), kind: 'public', way: 'inPerson' },
  { ...base('r-early', '护理质量管理', '2025-04-01', 25), status: 'returned', declaredOn: '2025-05-06', returnedOn: '2025-05-08', returnedBy: 'authority', returnReason: '学时与证书不符' },
  { ...base('u-mid', '院内学术报告', '2025-04-01', 10) },
  { ...base('p-overdue', '临床带教研修', '2025-10-20', 20), status: 'declared', declaredOn: '2025-11-03' },
  { ...base('p-fresh', '基层义诊', '2025-11-20', 40), way: 'grassroots', status: 'declared', declaredOn: '2025-11-25' },
  { ...base('platform', '数字技术应用', '2025-03-01', 100), kind: 'public', way: 'onlineStudy', recording: 'platform' },
];

export interface SeedEvidence {
  id: string;
  entryId: string;
  name: string;
  type: string;
  data: Uint8Array;
}

/** A backup zip as the app writes it (format 2), holding the entries above and the given evidence. */
export function declareBackup(evidence: readonly SeedEvidence[]): Buffer {
  const manifest = {
    format: 'xueshibu-backup',
    version: 2,
    exportedAt: STAMP,
    appVersion: 'test',
    profile: {},
    entries: DECLARE_ENTRIES,
    evidence: evidence.map((item, index) => ({
      id: item.id,
      entryId: item.entryId,
      name: item.name,
      type: item.type,
      size: item.data.byteLength,
      addedAt: `2025-11-01T00:00:0${index}.000Z`,
      path: `evidence/${item.id}`,
    })),
  };
  const files: Zippable = { 'backup.json': strToU8(JSON.stringify(manifest)) };
  for (const item of evidence) files[`evidence/${item.id}`] = [item.data, { level: 0 }];
  return Buffer.from(zipSync(files));
}

/** A PDF of about `bytes` bytes: a header, a comment for padding, and an end marker. */
export function paddedPdf(bytes: number): Uint8Array {
  const head = strToU8('%PDF-1.4\n%');
  const tail = strToU8('\n%%EOF\n');
  const out = new Uint8Array(bytes);
  out.fill(0x41);
  out.set(head, 0);
  out.set(tail, bytes - tail.length);
  return out;
}

/** Restores a backup the way a person does, on the 数据 view, replacing everything. */
export async function restoreBackup(page: Page, zip: Buffer): Promise<void> {
  await page.goto('/log/#data');
  await page.getByLabel('从备份恢复').setInputFiles({ name: 'seed.zip', mimeType: 'application/zip', buffer: zip });
  await page.getByRole('region', { name: '恢复预览' }).getByRole('button', { name: '用备份替换全部' }).click();
  await expect(page.getByText(/已用备份替换全部数据/).first()).toBeVisible();
}

/**
 * A camera-sized JPEG made in the browser: 6000×4000 noise with a red top-left
 * corner, re-encoded until it is about 9 MB, then given an EXIF Orientation 6
 * (rotate 90° clockwise to view), as phones write it.
 */
export async function cameraJpeg(page: Page): Promise<Uint8Array> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(6000, 4000);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no context');
    const block = 4;
    const image = context.createImageData(6000, 4000);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    };
    for (let by = 0; by < 4000; by += block) {
      for (let bx = 0; bx < 6000; bx += block) {
        const r = random();
        const g = random();
        const b = random();
        for (let y = by; y < by + block; y += 1) {
          for (let x = bx; x < bx + block; x += 1) {
            const at = (y * 6000 + x) * 4;
            image.data[at] = r;
            image.data[at + 1] = g;
            image.data[at + 2] = b;
            image.data[at + 3] = 255;
          }
        }
      }
    }
    context.putImageData(image, 0, 0);
    context.fillStyle = 'rgb(255, 0, 0)';
    context.fillRect(0, 0, 1500, 1500);
    let best: Blob | null = null;
    for (let quality = 0.98; quality > 0.3; quality -= 0.04) {
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      best = blob;
      if (blob.size <= 9.6 * 1024 * 1024) break;
    }
    const bytes = new Uint8Array(await (best as Blob).arrayBuffer());
    let text = '';
    for (let index = 0; index < bytes.length; index += 0x8000) text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    return btoa(text);
  });
  const jpeg = Buffer.from(base64, 'base64');
  // APP1 "Exif": big-endian TIFF header, one IFD entry Orientation (0x0112) = 6.
  const exif = Buffer.from([
    0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01,
    0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  ]);
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), exif, jpeg.subarray(2)]));
}

/** Width and height from a JPEG's SOF marker. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) throw new Error('not a JPEG marker');
    const marker = bytes[at + 1] ?? 0;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0), width: ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0) };
    }
    at += 2 + length;
  }
  throw new Error('no SOF');
}
