import { useState } from 'preact/hooks';
import { formatHours } from '../../core/hours/formatHours';
import type { AwaitingReview } from '../../core/unit/pendingReviews';
import { KIND_LABELS, UNIT_DECISIONS, type UnitDecisionKind } from '../../core/vocabulary';
import { unitText } from '../../i18n/unit';
import { unitPageText as t } from '../../i18n/unitPage';

interface Props {
  items: readonly AwaitingReview[];
  today: string;
  /** Checks and keeps HR's decision; returns the message at the field when refused. */
  onDecide: (item: AwaitingReview, input: { decision: UnitDecisionKind; decidedOn: string; reason: string }) => Promise<string | null>;
  onReceipt: (personId: string) => Promise<void>;
}

/** 待用人单位审核: each declaration with its limit and days left, overdue first; HR records the unit's own decision and exports a 回执. */
export function AwaitingList({ items, today, onDecide, onReceipt }: Props) {
  if (items.length === 0) return <p class="note">{t.awaitingNone}</p>;
  const withDecision = [...new Map(items.filter((item) => item.decision !== undefined).map((item) => [item.personId, item.name])).entries()];
  return (
    <>
      <p class="note">{unitText.unitRecordLabel}</p>
      <ul class="unit-awaiting">
        {items.map((item) => (
          <AwaitingItem key={`${item.personId}-${item.entryId}`} item={item} today={today} onDecide={onDecide} />
        ))}
      </ul>
      {withDecision.length > 0 && (
        <div class="unit-receipts">
          <p class="note">{t.receiptHint}</p>
          {withDecision.map(([personId, name]) => (
            <button key={personId} type="button" class="button" onClick={() => void onReceipt(personId)}>
              {t.exportReceipt(name)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

function AwaitingItem({ item, today, onDecide }: { item: AwaitingReview; today: string; onDecide: Props['onDecide'] }) {
  const [decision, setDecision] = useState<UnitDecisionKind>('approved');
  const [decidedOn, setDecidedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = `decide-${item.personId}-${item.entryId}`;
  return (
    <li class={`unit-awaiting__item${item.overdue && item.decision === undefined ? ' unit-awaiting__item--overdue' : ''}`} data-entry={item.entryId}>
      <p>
        <strong>{item.name}</strong> · {item.department === '' ? unitText.noDepartment : item.department} · {item.title} · {KIND_LABELS[item.kind]} · <span class="nowrap">{t.hours(formatHours(item.hoursTenths))}</span>
      </p>
      <p>
        <span class="nowrap">{t.declaredOn(item.declaredOn)}</span> · <span class="nowrap">{unitText.dueBy(item.dueBy, item.calendarEstimated)}</span> · <strong class="nowrap">{unitText.daysLeft(item.daysLeft)}</strong>
      </p>
      {item.decision !== undefined ? (
        <p class="unit-awaiting__decision">{t.recordedAs(unitText.decisions[item.decision.decision], item.decision.decidedOn)}</p>
      ) : (
        <form
          class="unit-decide"
          onSubmit={async (event) => {
            event.preventDefault();
            setMessage(await onDecide(item, { decision, decidedOn, reason }));
          }}
        >
          <fieldset>
            <legend>{t.decision}</legend>
            {UNIT_DECISIONS.map((key) => (
              <label key={key}>
                <input type="radio" name={`${id}-decision`} value={key} checked={decision === key} onChange={() => setDecision(key)} />
                {unitText.decisions[key]}
              </label>
            ))}
          </fieldset>
          <label>
            {t.decidedOn}
            <input type="date" value={decidedOn} max={today} onInput={(event) => setDecidedOn(event.currentTarget.value)} />
          </label>
          {decision === 'returned' && (
            <label>
              {t.reason}
              <input type="text" value={reason} maxLength={500} onInput={(event) => setReason(event.currentTarget.value)} />
            </label>
          )}
          <button type="submit" class="button">
            {t.recordDecision}
          </button>
          {message !== null && (
            <p class="field-error" role="alert">
              {message}
            </p>
          )}
        </form>
      )}
    </li>
  );
}
