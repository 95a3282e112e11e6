import { readCmapCodePoints, isGlyfTrueType, substituteUnprintable, unprintableCharacters } from '../core/pdf/fontCoverage';
import { userTextOf, type SummaryModel } from '../core/pdf/summaryModel';
import type { RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import { renderRangePdf, renderSummaryPdf, type RenderImage } from './renderSummary';

const FONT_URL = '/fonts/NotoSansSC-Regular.ttf';

let fontLoading: Promise<{ bytes: Uint8Array; covered: Set<number> }> | undefined;

/** The PDF font and what it covers, fetched once (from the service worker's cache when offline). */
export function loadPdfFont(): Promise<{ bytes: Uint8Array; covered: Set<number> }> {
  fontLoading ??= fetch(FONT_URL)
    .then(async (response) => {
      if (!response.ok) throw new Error(`字体文件加载失败（${response.status}）`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!isGlyfTrueType(bytes)) throw new Error('字体文件格式不正确，无法生成中文 PDF');
      return { bytes, covered: readCmapCodePoints(bytes) };
    })
    .catch((error: unknown) => {
      fontLoading = undefined;
      throw error;
    });
  return fontLoading;
}

export interface Unprintable {
  char: string;
  where: string[];
}

/** Every character of the person's text that the PDF cannot show, and where it occurs. */
export async function findUnprintable(model: SummaryModel): Promise<Unprintable[]> {
  const { covered } = await loadPdfFont();
  const found = new Map<string, Set<string>>();
  for (const { where, text } of userTextOf(model)) {
    for (const char of unprintableCharacters(text, covered)) found.set(char, (found.get(char) ?? new Set()).add(where));
  }
  return [...found].map(([char, where]) => ({ char, where: [...where] }));
}

export interface EvidenceSource {
  id: string;
  caption: string;
  type: string;
  data: ArrayBuffer;
}

/**
 * JPEG and PNG go in as they are; WebP and GIF are redrawn as PNG, since jsPDF
 * reads neither. An image that does not decode becomes an empty placeholder,
 * which the PDF names instead of failing as a whole.
 */
async function toRenderImage(source: EvidenceSource): Promise<RenderImage | null> {
  if (source.type === 'application/pdf') return null;
  const blob = new Blob([source.data], { type: source.type });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return { id: source.id, caption: source.caption, width: 4, height: 1, data: new Uint8Array(0), format: 'PNG' };
  }
  const { width, height } = bitmap;
  if (source.type === 'image/jpeg' || source.type === 'image/png') {
    bitmap.close();
    return { id: source.id, caption: source.caption, width, height, data: new Uint8Array(source.data), format: source.type === 'image/jpeg' ? 'JPEG' : 'PNG' };
  }
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  const png = await canvas.convertToBlob({ type: 'image/png' });
  return { id: source.id, caption: source.caption, width, height, data: new Uint8Array(await png.arrayBuffer()), format: 'PNG' };
}

/** Replaces every unprintable character of the person's text with a visible □. */
function substituted(model: SummaryModel, covered: ReadonlySet<number>): SummaryModel {
  const fix = (text: string) => substituteUnprintable(text, covered);
  return {
    ...model,
    profile: model.profile.map((item) => ({ ...item, value: item.value === null ? null : fix(item.value) })),
    groups: model.groups.map((group) => ({ ...group, rows: group.rows.map((row) => ({ ...row, title: fix(row.title), provider: fix(row.provider) })) })),
    evidence: model.evidence.map((item) => ({ ...item, caption: fix(item.caption) })),
  };
}

/** The summary as PDF bytes, made on this device. */
export async function makeSummaryPdf(
  model: SummaryModel,
  evidence: readonly EvidenceSource[],
  evidencePerPage: 1 | 2,
  onSkipped?: (caption: string) => void,
): Promise<Uint8Array> {
  const { bytes, covered } = await loadPdfFont();
  const safe = substituted(model, covered);
  const images = (await Promise.all(evidence.map((item) => toRenderImage({ ...item, caption: substituteUnprintable(item.caption, covered) })))).filter(
    (image): image is RenderImage => image !== null,
  );
  return renderSummaryPdf(safe, { font: bytes, images, evidencePerPage, ...(onSkipped ? { onSkipped } : {}) });
}

/**
 * The multi-year record as PDF bytes, made on this device. Characters the
 * font lacks are printed as □; `unprintable` names them and where they occur.
 */
export async function makeRangePdf(model: RangeSummaryModel): Promise<{ bytes: Uint8Array; unprintable: Unprintable[] }> {
  const { bytes, covered } = await loadPdfFont();
  const found = new Map<string, Set<string>>();
  for (const year of model.years) {
    for (const { where, text } of userTextOf(year)) {
      for (const char of unprintableCharacters(text, covered)) found.set(char, (found.get(char) ?? new Set()).add(where));
    }
  }
  const first = model.years[0];
  const safeProfile = first ? substituted({ ...first, profile: model.profile }, covered).profile : model.profile;
  const safe: RangeSummaryModel = {
    ...model,
    profile: safeProfile,
    overviewNotes: model.overviewNotes.map((note) => substituteUnprintable(note, covered)),
    years: model.years.map((year) => substituted(year, covered)),
  };
  return { bytes: renderRangePdf(safe, { font: bytes }), unprintable: [...found].map(([char, where]) => ({ char, where: [...where] })) };
}
