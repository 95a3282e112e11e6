import { progressSegments } from '../../core/rules/progressSegments';
import type { Tally } from '../../core/rules/report';
import { generalFigure, STATE_LABELS } from '../../core/rules/describe';
import { formatHours } from '../../core/hours/formatHours';
import { KIND_LABELS, type Kind } from '../../core/vocabulary';
import { shellText } from '../../i18n/shell';
import { text } from '../../i18n/zhCN';

/** One kind's (or the total's) credited 学时 against its requirement, small enough for three in a row on a phone. */
export function KindMeter({ label, tally }: { label: Kind | 'total'; tally: Tally }) {
  const name = label === 'total' ? text.total : KIND_LABELS[label];
  const figure = formatHours(tally.requiredTenths);
  const required = tally.requiredTenths > 0 ? (tally.generalRatio ? generalFigure(figure) : figure) : null;
  return (
    <div class={`kind-meter${tally.requiredTenths > 0 && tally.remainingTenths === 0 ? ' kind-meter--met' : ''}`}>
      <span class="kind-meter__label">{name}</span>
      <span class="kind-meter__figure">
        <span class="visually-hidden">{STATE_LABELS.credited} </span>
        {shellText.stripFigure(formatHours(tally.creditedTenths), required)}
      </span>
      <span class="kind-meter__bar" aria-hidden="true">
        {progressSegments(tally).map(({ key, percent }) => (
          <span key={key} class={`progress-bar__${key}`} style={{ width: `${percent}%` }} />
        ))}
      </span>
    </div>
  );
}
