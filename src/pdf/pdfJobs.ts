import { substituteUnprintable, unprintableCharacters } from '../core/pdf/fontCoverage';
import type { RangeSummaryModel } from '../core/pdf/rangeSummaryModel';
import { userTextOf, type SummaryModel } from '../core/pdf/summaryModel';
import { renderRangePdf, renderSummaryPdf, type RenderImage } from './renderSummary';

/** What the PDF worker does with a loaded font; plain functions, so they can be tested and timed in Node too. */

export interface Unprintable {
  char: string;
  where: string[];
}

/** Every character of the person's text that the font cannot show, and where it occurs. */
export function unprintableIn(models: readonly SummaryModel[], covered: ReadonlySet<number>): Unprintable[] {
  const found = new Map<string, Set<string>>();
  for (const model of models) {
    for (const { where, text } of userTextOf(model)) {
      for (const char of unprintableCharacters(text, covered)) found.set(char, (found.get(char) ?? new Set()).add(where));
    }
  }
  return [...found].map(([char, where]) => ({ char, where: [...where] }));
}

/** Replaces every unprintable character of the person's text with a visible □. */
function substituted(model: SummaryModel, covered: ReadonlySet<number>): SummaryModel {
  const fix = (text: string) => substituteUnprintable(text, covered);
  return {
    ...model,
    profile: model.profile.map((item) => ({ ...item, value: item.value === null ? null : fix(item.value) })),
    groups: model.groups.map((group) => ({ ...group, rows: group.rows.map((row) => ({ ...row, title: fix(row.title), way: fix(row.way), provider: fix(row.provider), review: fix(row.review) })) })),
    evidence: model.evidence.map((item) => ({ ...item, caption: fix(item.caption) })),
  };
}

export interface LoadedFont {
  bytes: Uint8Array;
  covered: ReadonlySet<number>;
}

/** The year's summary as PDF bytes; the captions of images that could not be placed are returned. */
export function summaryPdf(font: LoadedFont, model: SummaryModel, images: readonly RenderImage[], evidencePerPage: 1 | 2): { bytes: Uint8Array; skipped: string[] } {
  const skipped: string[] = [];
  const safeImages = images.map((image) => ({ ...image, caption: substituteUnprintable(image.caption, font.covered) }));
  const bytes = renderSummaryPdf(substituted(model, font.covered), { font: font.bytes, images: safeImages, evidencePerPage, onSkipped: (caption) => skipped.push(caption) });
  return { bytes, skipped };
}

/** The multi-year record as PDF bytes, characters the font lacks printed as □ and named. */
export function rangePdf(font: LoadedFont, model: RangeSummaryModel): { bytes: Uint8Array; unprintable: Unprintable[] } {
  const unprintable = unprintableIn(model.years, font.covered);
  const first = model.years[0];
  const safeProfile = first ? substituted({ ...first, profile: model.profile }, font.covered).profile : model.profile;
  const safe: RangeSummaryModel = {
    ...model,
    profile: safeProfile,
    overviewNotes: model.overviewNotes.map((note) => substituteUnprintable(note, font.covered)),
    years: model.years.map((year) => substituted(year, font.covered)),
  };
  return { bytes: renderRangePdf(safe, { font: font.bytes }), unprintable };
}

/** A one-line page drawn and thrown away while the person is still reading, so jsPDF's code is compiled and the font parsed once before the real PDF. */
export function rehearse(font: LoadedFont): void {
  const model: SummaryModel = {
    year: 2025,
    title: '学时',
    fileName: '学时.pdf',
    generatedOn: '2025-01-01',
    profile: [],
    requirementRows: [{ label: '学时', required: '1', credited: '1', pending: '0', notDeclared: '0', returned: '0', shortfall: '0' }],
    notes: [],
    groups: [{ kind: 'public', heading: '学时', rows: [{ dates: '2025-01-01', title: '学时', way: '学时', provider: '', hours: '1', declaredOn: '2025-01-01', review: '学时' }], subtotal: '学时' }],
    pledge: '',
    signatureLabels: [],
    reviewBox: { title: '', stampLabel: '', dateLabel: '' },
    footerNote: '',
    evidence: [],
  };
  renderSummaryPdf(model, { font: font.bytes });
}
