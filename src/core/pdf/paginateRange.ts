import { createLayout, LAYOUT_SIZES, SIGNATURE_BLOCK_HEIGHT, layoutFooters, layoutProfile, layoutSignature, layoutTitle, layoutYearBody, type DrawOp, type Measure } from './paginate';
import { RANGE_COLUMNS, RANGE_HEADINGS, type RangeSummaryModel } from './rangeSummaryModel';

/** Column widths in mm (the text width is 170): wide enough for "已计入/要求", "待审核通过后达标" and "按2025年通知推定" on one line. */
const RANGE_WIDTHS = [14, 30, 30, 30, 30, 36] as const;

/**
 * Lays a multi-year record out on A4 pages with the yearly summary's parts:
 * title, profile and the overview table (a row per year) first; then each
 * year from a new page (its requirement table, status, notes and entry
 * tables, headers repeated on every page); then one pledge, signature and
 * 用人单位 block; the same footer and "第 n 页 / 共 N 页" on every page.
 */
export function paginateRange(model: RangeSummaryModel, measure: Measure): DrawOp[][] {
  const layout = createLayout(measure);
  layout.newPage();
  layoutTitle(layout, model.title);
  layoutProfile(layout, model.profile);
  layout.heading(RANGE_HEADINGS.overview);
  layout.table(
    null,
    RANGE_COLUMNS.map((column) => column.label),
    model.overviewRows.map((row) => RANGE_COLUMNS.map((column) => row[column.key])),
    RANGE_WIDTHS,
    RANGE_COLUMNS.map((column) => (column.key === 'public' || column.key === 'professional' || column.key === 'total' ? 'right' : 'left')),
  );
  layout.y += 2;
  for (const note of model.overviewNotes) layout.paragraph(note, LAYOUT_SIZES.small);
  model.years.forEach((year, index) => {
    layout.newPage();
    // The last year's table ends with the signature block on its page.
    const keepWithEnd = index === model.years.length - 1 ? SIGNATURE_BLOCK_HEIGHT : 0;
    layoutYearBody(layout, year, { requirement: RANGE_HEADINGS.requirement(year.year), entries: RANGE_HEADINGS.entries(year.year) }, keepWithEnd);
  });
  layoutSignature(layout, model);
  layoutFooters(layout.pages, model);
  return layout.pages;
}
