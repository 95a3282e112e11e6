import type { OverviewRow } from '../../core/overview/yearsOverview';
import { yearsText as t } from '../../i18n/zhCNYears';

/**
 * In the drawing's units, which the stylesheet draws one to a CSS pixel at the standard text size (and larger in 大字):
 * the labels are set at the site's smallest text size, two characters and a gap wide.
 */
const BAR = { width: 108, height: 14, gap: 6, label: 36, text: 14 } as const;

/** Credited against required for the public and the professional kind as two bars; the figures it draws are its label (and the row's cells). */
export function YearChart({ row }: { row: OverviewRow }) {
  const cells = [row.cells.public, row.cells.professional];
  const label = t.chartLabel(
    row.year,
    cells.map((cell) => t.chartPart(cell.label, cell.credited, cell.required, cell.generalRatio)),
  );
  const height = cells.length * (BAR.height + BAR.gap) - BAR.gap;
  return (
    <svg class="years-chart" role="img" aria-label={label} viewBox={`0 0 ${BAR.label + BAR.width} ${height}`} width={BAR.label + BAR.width} height={height}>
      {cells.map((cell, index) => {
        const y = index * (BAR.height + BAR.gap);
        const share = cell.requiredTenths === null || cell.requiredTenths === 0 ? 0 : Math.min(1, cell.creditedTenths / cell.requiredTenths);
        return (
          <g key={cell.part}>
            <text class="years-chart__label" x="0" y={y + BAR.height / 2} dominant-baseline="central" font-size={BAR.text}>
              {cell.label.slice(0, 2)}
            </text>
            <rect class="years-chart__track" x={BAR.label} y={y} width={BAR.width} height={BAR.height} stroke-width="0.5" />
            {share > 0 && <rect class={share >= 1 ? 'years-chart__bar years-chart__bar--met' : 'years-chart__bar'} x={BAR.label} y={y} width={BAR.width * share} height={BAR.height} />}
          </g>
        );
      })}
    </svg>
  );
}
