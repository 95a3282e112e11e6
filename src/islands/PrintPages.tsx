import { PAGE, type DrawOp } from '../core/pdf/paginate';

const MM_PER_PT = 25.4 / 72;
const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

/**
 * The PDF's own pages, drawn as one SVG per A4 sheet from the same layout (src/core/pdf/paginate.ts,
 * measured with pdfTextMeasure): printing gives the same pages as the PDF, header rows repeated, no
 * blank page, full width. Shown only in print; on screen the summary reads as the HTML article beside it,
 * so this copy is hidden from screen readers.
 */
export function PrintPages({ pages }: { pages: readonly (readonly DrawOp[])[] }) {
  return (
    <div class="print-pages" aria-hidden="true">
      {pages.map((ops, index) => (
        <svg key={index} class="print-page" viewBox={`0 0 ${PAGE.width} ${PAGE.height}`} xmlns="http://www.w3.org/2000/svg">
          {ops.map((op, opIndex) => (
            <DrawnOp key={opIndex} op={op} />
          ))}
        </svg>
      ))}
    </div>
  );
}

function DrawnOp({ op }: { op: DrawOp }) {
  switch (op.kind) {
    case 'text':
      // jsPDF sets text by the top of its line (baseline 'top'): the SVG does the same.
      return (
        <text x={op.x} y={op.y} font-size={op.size * MM_PER_PT} text-anchor={ANCHOR[op.align]} dominant-baseline="text-before-edge">
          {op.text}
        </text>
      );
    case 'line':
      return <line x1={op.x1} y1={op.y1} x2={op.x2} y2={op.y2} />;
    case 'rect':
      return <rect class={op.fill ? 'print-page__shade' : undefined} x={op.x} y={op.y} width={op.w} height={op.h} />;
    case 'image':
      // The print view carries no evidence images (the PDF alone embeds them).
      return null;
  }
}
