import { useMemo, useState } from 'preact/hooks';
import { planImport, type ImportChoice, type ReadFile } from '../../core/unit/importPlan';
import type { Ledger } from '../../db/unit/unitLedger';
import { unitText } from '../../i18n/unit';
import { unitImportText as t } from '../../i18n/unitImport';

interface Props {
  files: readonly ReadFile[];
  ledger: Ledger;
  /** A prefix for new people's ids, fixed for this preview. */
  idPrefix: string;
  onImport: (plan: ReturnType<typeof planImport>) => Promise<void>;
  onCancel: () => void;
}

/** What an import would do, before anything is written; HR settles ambiguous files, then 导入 writes all of it at once. */
export function ImportPanel({ files, ledger, idPrefix, onImport, onCancel }: Props) {
  const [choices, setChoices] = useState<Map<number, ImportChoice>>(new Map());
  const [busy, setBusy] = useState(false);
  const plan = useMemo(() => planImport(files, ledger.people, choices, (index) => `${idPrefix}-${index}`), [files, ledger, choices, idPrefix]);
  const choose = (index: number, value: string) => {
    const next = new Map(choices);
    if (value === '') next.delete(index);
    else next.set(index, value === 'new' ? 'new' : { personId: value });
    setChoices(next);
  };
  return (
    <section class="unit-preview" aria-labelledby="unit-preview-title">
      <h3 id="unit-preview-title">{t.previewTitle}</h3>
      <ul class="unit-preview__list">
        {plan.items.map((item, index) => {
          return (
            <li key={`${item.fileName}-${index}`} class={`unit-preview__item unit-preview__item--${item.outcome}`} data-outcome={item.outcome}>
              <span class="unit-preview__file">{item.fileName}</span>
              {item.outcome === 'new' && <span>{t.previewNew(item.name, item.entryCount)}</span>}
              {item.outcome === 'update' && (
<span>{t.previewUpdate(item.name, item.entryCount, item.by === 'chosen' ? t.previewChosen : unitText.matchedBy[item.by])}</span>
              )}
              {item.outcome === 'refused' && (
<span role="alert">{t.previewRefused(item.message)}</span>
              )}
              {item.outcome === 'unnamed' && (
<span role="alert">{t.previewRefused(unitText.unnamed)}</span>
              )}
              {item.outcome === 'ambiguous' && (
                <span>
                  {t.ambiguousLine(item.name, unitText.ambiguous[item.reason])}
                  <label class="unit-preview__choice">
                    {t.chooseOwner}
                    <select onChange={(event) => choose(index, event.currentTarget.value)}>
                      <option value="">—</option>
                      {item.candidates.map((person) => (
                        <option key={person.personId} value={person.personId}>
                          {t.chooseCandidate(person.name, person.department, person.staffNumber)}
                        </option>
                      ))}
                      <option value="new">{t.chooseNew}</option>
                    </select>
                  </label>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {plan.undecided > 0 && <p class="note">{t.chooseFirst}</p>}
      <div class="unit-actions">
        <button
          type="button"
          class="button button--primary"
          disabled={busy || plan.undecided > 0 || plan.accepted === 0}
          onClick={async () => {
            setBusy(true);
            try {
              await onImport(plan);
            } finally {
              setBusy(false);
            }
          }}
        >
          {plan.accepted === 0 ? t.nothingToImport : t.confirmImport(plan.accepted)}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t.cancelImport}
        </button>
      </div>
    </section>
  );
}
