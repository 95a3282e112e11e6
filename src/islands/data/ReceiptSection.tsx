import { useState } from 'preact/hooks';
import { formatChineseDate } from '../../core/calendar/chineseDate';
import type { Entry } from '../../core/schemas/entry';
import type { ReceiptFile, ReceiptPlan } from '../../core/unit/receiptFormat';
import { StorageError } from '../../db/errors';
import { handoverText as t } from '../../i18n/handover';
import { useLog } from '../app/logStore';
import { FailureMessage } from '../FailureMessage';
import { FormatDetails } from '../FormatDetails';
import { UnbreakableText } from '../UnbreakableText';
import { loadHandoverActions, type HandoverActions } from './HandoverSection';
import { takeFile, useTask } from './task';

/** UTF-8 takes at most 4 bytes a character: a file larger than that many times the reader's text limit is refused before it is read. */
const BYTES_PER_CHARACTER = 4;

interface PendingReceipt {
  actions: HandoverActions;
  name: string;
  receipt: ReceiptFile;
  plan: ReceiptPlan;
}

/** The ids and results a plan would write, to tell whether a fresh plan still matches the one shown. */
const planKey = (plan: ReceiptPlan) => JSON.stringify(plan.changes.map((change) => [change.entryId, change.after]));

/**
 * 导入回执: a unit's 回执 is read and checked, what it would change is shown
 * (changes, entries already so, unknown, conflicts), and 确认更新 writes every
 * change in one transaction through the entry gate, or nothing.
 */
export function ReceiptSection() {
  const { db, today, readOnly, announce } = useLog();
  const task = useTask();
  const [pending, setPending] = useState<PendingReceipt | null>(null);

  const plan = async (receipt: ReceiptFile) => {
    const actions = await loadHandoverActions();
    const [entries, profile] = await Promise.all([actions.allEntries(db), actions.loadProfile(db)]);
    return actions.planReceipt(receipt, entries, { today, profileName: profile.name });
  };

  const choose = (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    void task.run(async () => {
      setPending(null);
      const actions = await loadHandoverActions();
      if (file.size > BYTES_PER_CHARACTER * actions.RECEIPT_LIMITS.textChars) throw new Error(t.cannotReadReceipt(file.name, actions.unitFileMessages.tooLarge(actions.RECEIPT_NAME, actions.RECEIPT_LIMITS.textChars)));
      const read = actions.readReceipt(await file.text());
      if (!read.ok) throw new Error(t.cannotReadReceipt(file.name, read.message));
      setPending({ actions, name: file.name, receipt: read.receipt, plan: await plan(read.receipt) });
    });
  };

  const confirm = () => {
    if (!pending) return;
    void task.run(async () => {
      const actions = await loadHandoverActions();
      // Planned again on what is stored now: if anything moved since the preview, nothing is written.
      const fresh = await plan(pending.receipt);
      if (planKey(fresh) !== planKey(pending.plan)) {
        setPending({ ...pending, plan: fresh });
        throw new Error(t.changedMeanwhile);
      }
      const entries = await actions.allEntries(db);
      for (const change of fresh.changes) {
        // The same gate the entry form uses, on today's date.
        const verdict = actions.acceptEntry(change.after, { today, stored: entries.length - 1 });
        if (!verdict.ok) throw new Error(actions.problemsText(verdict.problems));
      }
      try {
        await actions.updateEntries(
          db,
          fresh.changes.map((change) => ({ before: change.before, after: change.after })),
        );
      } catch (error) {
        if (error instanceof StorageError && (error.code === 'conflict' || error.code === 'missing')) throw new Error(t.changedMeanwhile);
        throw error;
      }
      setPending(null);
      announce(t.updated(fresh.changes.length));
    });
  };

  const shown = pending?.plan;
  const stateOf = (entry: Entry) => (pending ? t.stateLabels[pending.actions.handoverState(entry)] : '');
  return (
    <>
      <h3>{t.receiptTitle}</h3>
      <p class="field__hint">{t.receiptHint}</p>
      <div class="form-actions">
        <label class={`file-button${readOnly || task.busy ? ' file-button--disabled' : ''}`}>
          {t.chooseReceipt}
          <input type="file" accept=".json,application/json" class="visually-hidden" disabled={readOnly || task.busy} onChange={choose} />
        </label>
      </div>
      <FormatDetails text={t.receiptFormat} />
      <FailureMessage message={task.failure} />
      {pending && shown && (
        <div class="restore-preview" role="region" aria-label={t.receiptPreview}>
          <p>
            <UnbreakableText text={t.receiptFrom(pending.receipt.unitName, formatChineseDate(pending.receipt.exportedOn), pending.receipt.decisions.length)} />
          </p>
          {shown.otherPerson && <p class="field__error">{t.otherPerson(pending.receipt.person.name)}</p>}
          {shown.changes.length === 0 ? (
            <p>{t.noChanges}</p>
          ) : (
            <ul aria-label={t.changesLabel}>
              {shown.changes.map((change) => (
                <li key={change.entryId}>
                  <UnbreakableText text={t.change(change.title, stateOf(change.before), stateOf(change.after), t.decisionLine(change.decision.decision, formatChineseDate(change.decision.decidedOn), change.decision.reason))} />
                </li>
              ))}
            </ul>
          )}
          {shown.identical.length > 0 && <p>{t.identical(shown.identical.length)}</p>}
          {shown.unknown.length > 0 && <p>{t.unknown(shown.unknown.length)}</p>}
          {shown.conflicts.length > 0 && (
            <ul aria-label={t.conflictsLabel}>
              {shown.conflicts.map((conflict) => (
                <li key={conflict.entryId}>{t.conflict(conflict.title, t.conflictReasons[conflict.reason], conflict.message)}</li>
              ))}
            </ul>
          )}
          <div class="form-actions">
            <button type="button" class="button--primary" disabled={task.busy || readOnly || shown.changes.length === 0} onClick={confirm}>
              {t.confirm}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
