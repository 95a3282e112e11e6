import { useState } from 'preact/hooks';
import { formatHours } from '../../core/hours/formatHours';
import type { LedgerPerson } from '../../core/unit/importPlan';
import type { AwaitingReview } from '../../core/unit/pendingReviews';
import type { UnitDatabase } from '../../db/unit/unitDatabase';
import { recordDecision } from '../../db/unit/unitLedger';
import { KIND_LABELS } from '../../core/vocabulary';
import { UNIT_DECISIONS, type UnitDecisionKind } from '../../core/unitVocabulary';
import { unitText } from '../../i18n/unit';
import { unitPageText } from '../../i18n/unitPage';
import { unitReviewText as t } from '../../i18n/unitReview';

interface Props {
  items: readonly AwaitingReview[];
  today: string;
  db: UnitDatabase;
  people: readonly LedgerPerson[];
  appVersion: string;
  onStatus: (message: string) => void;
}

type DecisionInput = { decision: UnitDecisionKind; decidedOn: string; reason: string };

/** An instant as the exchange files write it: seconds, UTC. */
const instant = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** 待用人单位审核: each declaration with its limit and days left, overdue first; HR records the unit's own decision and exports a 回执. */
export function AwaitingList({ items, today, db, people, appVersion, onStatus }: Props) {
  /** Checks and keeps HR's decision; returns the message at the field when refused. */
  const onDecide = async (item: AwaitingReview, input: DecisionInput): Promise<string | null> => {
    const { checkDecision } = await import('../../core/unit/receiptFormat');
    const check = checkDecision(
      { entryId: item.entryId, declaredOn: item.declaredOn, decision: input.decision, decidedOn: input.decidedOn, ...(input.decision === 'returned' ? { reason: input.reason } : {}) },
      today,
    );
    if (!check.ok) return check.message;
    try {
      await recordDecision(db, { ...check.decision, personId: item.personId }, instant());
      onStatus(t.decisionRecorded);
      return null;
    } catch {
      return unitPageText.writeFailed;
    }
  };
  /** The 回执 of one person: the unit's recorded decisions on their current declarations. */
  const onReceipt = async (personId: string) => {
    const person = people.find((candidate) => candidate.personId === personId);
    if (person === undefined) return;
    const mine = items.flatMap((item) => (item.personId === personId && item.decision !== undefined ? [item.decision] : []));
    const [{ buildReceipt }, { downloadFile }] = await Promise.all([import('../../core/unit/receiptFormat'), import('../runtime/download')]);
    const who = {
      name: person.name,
      ...(person.staffNumber ? { staffNumber: person.staffNumber } : {}),
      ...(person.idNumber ? { idNumber: person.idNumber } : {}),
      ...(person.department ? { department: person.department } : {}),
    };
    const built = buildReceipt(who, mine, { appVersion }, { exportedAt: instant(), today });
    if (!built.ok) {
      onStatus(built.message);
      return;
    }
    downloadFile(built.text, t.receiptFileName(person.name, today), 'application/json');
    onStatus(t.receiptSaved);
  };
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

function AwaitingItem({ item, today, onDecide }: { item: AwaitingReview; today: string; onDecide: (item: AwaitingReview, input: DecisionInput) => Promise<string | null> }) {
  const [decision, setDecision] = useState<UnitDecisionKind>('approved');
  const [decidedOn, setDecidedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = `decide-${item.personId}-${item.entryId}`;
  return (
    <li class={`unit-awaiting__item${item.overdue && item.decision === undefined ? ' unit-awaiting__item--overdue' : ''}`} data-entry={item.entryId}>
      <p>
        <strong>{item.name}</strong> · {item.department === '' ? unitText.noDepartment : item.department} · {item.title} · {KIND_LABELS[item.kind]} · <span class="nowrap">{unitPageText.hours(formatHours(item.hoursTenths))}</span>
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
