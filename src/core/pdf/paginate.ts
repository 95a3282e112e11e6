import { formatChineseDate } from '../calendar/chineseDate';
import { wrapText, type Measure } from './wrapText';
import { ENTRY_COLUMNS, REQUIREMENT_COLUMNS, SUMMARY_HEADINGS, type EntryRow, type SummaryModel } from './summaryModel';

/** A drawing instruction in millimetres on an A4 page; text `y` is the top of its line. */
export type DrawOp =
  | { kind: 'text'; x: number; y: number; text: string; size: number; align: 'left' | 'center' | 'right' }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: boolean }
  | { kind: 'image'; id: string; x: number; y: number; w: number; h: number };

export { wrapText, type Measure };

export interface EvidenceImage {
  id: string;
  caption: string;
  /** Pixel size, for the aspect ratio. */
  width: number;
  height: number;
}

export interface LayoutOptions {
  measure: Measure;
  /** Evidence pages: one image per page or two. */
  evidencePerPage?: 1 | 2;
  images?: readonly EvidenceImage[];
}

/** A4 portrait with a wider left margin for binding. */
export const PAGE = { width: 210, height: 297, top: 18, bottom: 22, left: 25, right: 15 } as const;
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const PT = 0.3528;
const SIZE = { title: 16, heading: 12, body: 10, table: 9, small: 8 } as const;
const LINE = 1.45;
const CELL_PAD = 1.5;

const lineHeight = (size: number) => size * PT * LINE;
/** An entry table with no rows says so below its header. */
const NO_ENTRIES = '（无记录）';
/** The rows of the last table that go with the signature block to a new page rather than leave it alone there. */
export const KEEP_ROWS_WITH_END = 2;
/** The signature block's height: pledge, signature line and the employer's review box. */
const SIGNATURE_BOX_HEIGHT = 36;
export const SIGNATURE_BLOCK_HEIGHT = lineHeight(SIZE.body) * 4 + 10 + SIGNATURE_BOX_HEIGHT + 2;

/** The page-filling primitives every summary layout is built from; `pages` grows as content is added. */
export function createLayout(measure: Measure) {
  const pages: DrawOp[][] = [];
  let ops: DrawOp[] = [];
  let y: number = PAGE.top;
  const bottom = PAGE.height - PAGE.bottom;

  const newPage = () => {
    ops = [];
    pages.push(ops);
    y = PAGE.top;
  };
  // A page with nothing on it yet is as good as a new one: never leave it blank.
  const ensure = (height: number) => {
    if (y + height > bottom && y > PAGE.top) newPage();
  };
  const text = (value: string, x: number, top: number, size: number, align: 'left' | 'center' | 'right' = 'left') =>
    ops.push({ kind: 'text', x, y: top, text: value, size, align });
  const paragraph = (value: string, size: number, indent = 0) => {
    for (const line of wrapText(value, CONTENT_WIDTH - indent, size, measure)) {
      ensure(lineHeight(size));
      text(line, PAGE.left + indent, y, size);
      y += lineHeight(size);
    }
  };
  const heading = (value: string) => {
    ensure(lineHeight(SIZE.heading) * 3);
    y += 2;
    text(value, PAGE.left, y, SIZE.heading);
    y += lineHeight(SIZE.heading) + 1;
  };

  /** A table row: wrapped cells with borders; returns its height. */
  const rowHeight = (cells: readonly string[], widths: readonly number[], size: number) =>
    Math.max(...cells.map((cell, index) => wrapText(cell, (widths[index] ?? 10) - 2 * CELL_PAD, size, measure).length)) * lineHeight(size) + 2 * CELL_PAD;
  const drawRow = (cells: readonly string[], widths: readonly number[], size: number, shaded: boolean, aligns: readonly ('left' | 'right' | 'center')[] = []) => {
    const height = rowHeight(cells, widths, size);
    let x = PAGE.left;
    if (shaded) ops.push({ kind: 'rect', x, y, w: CONTENT_WIDTH, h: height, fill: true });
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 10;
      ops.push({ kind: 'rect', x, y, w: width, h: height, fill: false });
      const align = aligns[index] ?? 'left';
      const anchor = align === 'right' ? x + width - CELL_PAD : align === 'center' ? x + width / 2 : x + CELL_PAD;
      wrapText(cell, width - 2 * CELL_PAD, size, measure).forEach((line, lineIndex) => {
        text(line, anchor, y + CELL_PAD + lineIndex * lineHeight(size), size, align);
      });
      x += width;
    });
    y += height;
  };
  /**
   * A table whose header row is repeated on every page it continues onto, under `title（续）`.
   * `keepAfter` is the height of what must follow the table on the page of its last rows (the
   * signature block): when it does not fit, the last rows go to the next page with it.
   */
  const table = (
    title: string | null,
    header: readonly string[],
    rows: readonly (readonly string[])[],
    widths: readonly number[],
    aligns: readonly ('left' | 'right' | 'center')[] = [],
    keepAfter = 0,
  ) => {
    const headerHeight = rowHeight(header, widths, SIZE.table);
    const titleHeight = title === null ? 0 : lineHeight(SIZE.body);
    const tailStart = keepAfter > 0 ? Math.max(0, rows.length - KEEP_ROWS_WITH_END) : rows.length;
    const tailHeight = keepAfter > 0 ? rows.slice(tailStart).reduce((sum, row) => sum + rowHeight(row, widths, SIZE.table), keepAfter) : 0;
    const first = rows[0];
    ensure(titleHeight + headerHeight + (tailStart === 0 ? tailHeight : first ? rowHeight(first, widths, SIZE.table) : lineHeight(SIZE.body)));
    if (title !== null) {
      text(title, PAGE.left, y, SIZE.body);
      y += titleHeight;
    }
    drawRow(header, widths, SIZE.table, true);
    let rowsOnPage = 0;
    rows.forEach((row, index) => {
      const height = rowHeight(row, widths, SIZE.table);
      // Moving the tail to a page that holds no row yet would gain nothing.
      const need = index === tailStart && rowsOnPage > 0 ? Math.max(height, tailHeight) : height;
      if (y + need > bottom) {
        newPage();
        rowsOnPage = 0;
        if (title !== null) {
          text(`${title}（续）`, PAGE.left, y, SIZE.body);
          y += titleHeight;
        }
        drawRow(header, widths, SIZE.table, true);
      }
      drawRow(row, widths, SIZE.table, false, aligns);
      rowsOnPage += 1;
    });
  };

  return {
    pages,
    measure,
    newPage,
    ensure,
    text,
    paragraph,
    heading,
    rowHeight,
    drawRow,
    table,
    current: () => ops,
    get y() {
      return y;
    },
    set y(value: number) {
      y = value;
    },
  };
}

export type Layout = ReturnType<typeof createLayout>;

/** The title, centred, at the top of the current page. */
export function layoutTitle(layout: Layout, title: string): void {
  layout.text(title, PAGE.width / 2, layout.y, SIZE.title, 'center');
  layout.y += lineHeight(SIZE.title) + 4;
}

/** Profile: two fields a row; a blank gets a line to write on. */
export function layoutProfile(layout: Layout, profile: SummaryModel['profile']): void {
  const { measure, text } = layout;
  const half = CONTENT_WIDTH / 2;
  for (let index = 0; index < profile.length; index += 2) {
    const pair = profile.slice(index, index + 2);
    const height = Math.max(...pair.map((item) => wrapText(`${item.label}：${item.value ?? ''}`, half - 4, SIZE.body, measure).length)) * lineHeight(SIZE.body) + 2;
    layout.ensure(height);
    const y = layout.y;
    pair.forEach((item, column) => {
      const x = PAGE.left + column * half;
      const label = `${item.label}：`;
      if (item.value === null) {
        text(label, x, y, SIZE.body);
        const start = x + measure(label, SIZE.body);
        layout.current().push({ kind: 'line', x1: start, y1: y + lineHeight(SIZE.body) - 0.8, x2: x + half - 6, y2: y + lineHeight(SIZE.body) - 0.8 });
      } else {
        wrapText(`${label}${item.value}`, half - 4, SIZE.body, measure).forEach((line, lineIndex) => text(line, x, y + lineIndex * lineHeight(SIZE.body), SIZE.body));
      }
    });
    layout.y += height;
  }
}

/**
 * One year's body: the requirement table and notes, then the entry tables by kind with subtotals.
 * `keepWithEnd` is the height of what follows the body and must share a page with its last rows.
 */
export function layoutYearBody(layout: Layout, model: SummaryModel, headings: { requirement: string; entries: string } = SUMMARY_HEADINGS, keepWithEnd = 0): void {
  const { drawRow, rowHeight, paragraph } = layout;
  layout.heading(headings.requirement);
  const firstWidth = 28;
  const reqWidths = REQUIREMENT_COLUMNS.map((_, index) => (index === 0 ? firstWidth : (CONTENT_WIDTH - firstWidth) / (REQUIREMENT_COLUMNS.length - 1)));
  const reqAlign = REQUIREMENT_COLUMNS.map((_, index) => (index === 0 ? 'left' : 'right') as 'left' | 'right');
  layout.ensure(rowHeight(['科目'], reqWidths, SIZE.table) * 4);
  drawRow(REQUIREMENT_COLUMNS.map((column) => column.label), reqWidths, SIZE.table, true, reqAlign);
  for (const row of model.requirementRows) {
    drawRow(REQUIREMENT_COLUMNS.map((column) => row[column.key]), reqWidths, SIZE.table, false, reqAlign);
  }
  layout.y += 2;
  for (const note of model.notes) paragraph(note, SIZE.small);

  layout.heading(headings.entries);
  const widths = ENTRY_COLUMNS.map((column) => column.width);
  const header = ENTRY_COLUMNS.map((column) => column.label);
  const aligns = ENTRY_COLUMNS.map((column) => (column.key === 'hours' ? 'right' : 'left'));
  const cells = (row: EntryRow) => ENTRY_COLUMNS.map((column) => row[column.key]);
  const textHeight = (value: string, size: number) => wrapText(value, CONTENT_WIDTH, size, layout.measure).length * lineHeight(size);
  model.groups.forEach((group, groupIndex) => {
    const groupTitle = `（${['一', '二', '三'][groupIndex] ?? groupIndex + 1}）${group.heading}`;
    const last = groupIndex === model.groups.length - 1;
    // What is drawn below the last table, up to and including what must stay with it.
    const below = 1 + (group.rows.length === 0 ? textHeight(NO_ENTRIES, SIZE.table) + 1 : 0) + textHeight(group.subtotal, SIZE.table) + 2 + keepWithEnd;
    layout.table(groupTitle, header, group.rows.map(cells), widths, aligns, last && keepWithEnd > 0 ? below : 0);
    // The same gap below the table as the subtotal has, so the words never touch its bottom line.
    layout.y += 1;
    if (group.rows.length === 0) {
      paragraph(NO_ENTRIES, SIZE.table, CELL_PAD);
      layout.y += 1;
    }
    paragraph(group.subtotal, SIZE.table);
    layout.y += 2;
  });
}

/** The pledge, the signature and the employer's review box, kept on one page together (and with the table's end: see layoutYearBody). */
export function layoutSignature(layout: Layout, model: Pick<SummaryModel, 'pledge' | 'signatureLabels' | 'reviewBox'>): void {
  const { text } = layout;
  const boxHeight = SIGNATURE_BOX_HEIGHT;
  layout.ensure(SIGNATURE_BLOCK_HEIGHT);
  layout.y += 4;
  text(model.pledge, PAGE.left, layout.y, SIZE.body);
  layout.y += lineHeight(SIZE.body) * 2;
  const [signLabel = '本人签名', dateLabel = '日期'] = model.signatureLabels;
  const y = layout.y;
  text(`${signLabel}：`, PAGE.left, y, SIZE.body);
  layout.current().push({ kind: 'line', x1: PAGE.left + 20, y1: y + lineHeight(SIZE.body) - 0.8, x2: PAGE.left + 80, y2: y + lineHeight(SIZE.body) - 0.8 });
  text(`${dateLabel}：      年      月      日`, PAGE.left + 95, y, SIZE.body);
  layout.y += lineHeight(SIZE.body) + 6;

  const top = layout.y;
  layout.current().push({ kind: 'rect', x: PAGE.left, y: top, w: CONTENT_WIDTH, h: boxHeight, fill: false });
  text(`${model.reviewBox.title}：`, PAGE.left + 3, top + 3, SIZE.body);
  text(model.reviewBox.stampLabel, PAGE.left + CONTENT_WIDTH - 60, top + boxHeight - 16, SIZE.body);
  text(`${model.reviewBox.dateLabel}：      年      月      日`, PAGE.left + CONTENT_WIDTH - 3, top + boxHeight - 8, SIZE.body, 'right');
  layout.y += boxHeight;
}

/** On every page: a rule, the note, the generation date and "第 n 页 / 共 N 页". */
export function layoutFooters(pages: DrawOp[][], model: Pick<SummaryModel, 'footerNote' | 'generatedOn'>): void {
  const total = pages.length;
  pages.forEach((page, index) => {
    const footerY = PAGE.height - PAGE.bottom + 6;
    page.push({ kind: 'line', x1: PAGE.left, y1: footerY - 1.5, x2: PAGE.width - PAGE.right, y2: footerY - 1.5 });
    page.push({ kind: 'text', x: PAGE.left, y: footerY, text: model.footerNote, size: SIZE.small, align: 'left' });
    page.push({ kind: 'text', x: PAGE.left, y: footerY + lineHeight(SIZE.small), text: `生成日期：${formatChineseDate(model.generatedOn)}（学时簿）`, size: SIZE.small, align: 'left' });
    page.push({ kind: 'text', x: PAGE.width - PAGE.right, y: footerY, text: `第 ${index + 1} 页 / 共 ${total} 页`, size: SIZE.small, align: 'right' });
  });
}

export { SIZE as LAYOUT_SIZES };

/**
 * Lays the summary out on A4 pages: title, profile, requirement table, entry
 * tables by kind (header row repeated on every page, long text wrapped),
 * pledge and signature, employer review box, optional evidence pages, and on
 * every page a footer with the page number, the generation date and the note.
 */
export function paginate(model: SummaryModel, options: LayoutOptions): DrawOp[][] {
  const layout = createLayout(options.measure);
  layout.newPage();
  layoutTitle(layout, model.title);
  layoutProfile(layout, model.profile);
  layoutYearBody(layout, model, SUMMARY_HEADINGS, SIGNATURE_BLOCK_HEIGHT);
  layoutSignature(layout, model);
  layoutEvidence(options, layout.newPage, layout.current);
  layoutFooters(layout.pages, model);
  return layout.pages;
}

/** Evidence images after the form, scaled to fit one or two to a page, each captioned. */
function layoutEvidence(options: LayoutOptions, newPage: () => void, current: () => DrawOp[]): void {
  const images = options.images ?? [];
  if (images.length === 0) return;
  const perPage = options.evidencePerPage ?? 1;
  const captionHeight = lineHeight(SIZE.body) + 2;
  const slotHeight = (PAGE.height - PAGE.top - PAGE.bottom) / perPage;
  images.forEach((image, index) => {
    if (index % perPage === 0) newPage();
    const top = PAGE.top + (index % perPage) * slotHeight;
    const ops = current();
    const caption = wrapText(image.caption, CONTENT_WIDTH, SIZE.body, options.measure)[0] ?? '';
    ops.push({ kind: 'text', x: PAGE.left, y: top, text: caption, size: SIZE.body, align: 'left' });
    const boxWidth = CONTENT_WIDTH;
    const boxHeight = slotHeight - captionHeight - 4;
    const scale = Math.min(boxWidth / Math.max(1, image.width), boxHeight / Math.max(1, image.height));
    const w = image.width * scale;
    const h = image.height * scale;
    ops.push({ kind: 'image', id: image.id, x: PAGE.left + (boxWidth - w) / 2, y: top + captionHeight, w, h });
  });
}
