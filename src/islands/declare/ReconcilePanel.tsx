import { useState } from 'preact/hooks';
import { appFigures, parsePlatformFigures, PLATFORM_PARTS, reconcile, type FigureProblem, type PlatformPart, type SavedReconciliation } from '../../core/declare/reconcile';
import { approvableOnPlatform } from '../../core/declare/markApproved';
import { formatHours } from '../../core/hours/formatHours';
import { saveReconciliation } from '../../db/declareSettings';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { UnbreakableText } from '../UnbreakableText';
import { failureText } from '../runtime/failureText';
import { ApproveFromPlatform } from './ApproveFromPlatform';

const asText = (tenths: number | null) => (tenths === null ? '' : formatHours(tenths));

/** What the person's 个人学时档案 on the platform shows, typed in, compared with the log per state; the last one is kept with its date. */
export function ReconcilePanel({ saved }: { saved: SavedReconciliation | null }) {
  const { db, year, today, log, report, readOnly } = useLog();
  const [values, setValues] = useState<Record<PlatformPart, string>>(() => ({
    public: asText(saved?.figures.public ?? null),
    professional: asText(saved?.figures.professional ?? null),
    total: asText(saved?.figures.total ?? null),
  }));
  const [problems, setProblems] = useState<Partial<Record<PlatformPart, FigureProblem>>>({});
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parsePlatformFigures(values);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems({});
    setError('');
    try {
      await saveReconciliation(db, year, { on: today, figures: parsed.figures });
    } catch (failure) {
      setError(failureText(t.reconcileFailed, failure));
    }
  };
  const declareBy = report.deadline?.declareBy ?? null;
  const comparisons = saved ? reconcile(saved.figures, appFigures(log.entries, year, declareBy)) : [];
  const approvable = approvableOnPlatform(log.entries, year, declareBy, comparisons);
  return (
    <section aria-labelledby="declare-reconcile">
      <h3 id="declare-reconcile">{t.reconcileTitle}</h3>
      <p class="field__hint">{t.reconcileHint}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {PLATFORM_PARTS.map((part) => {
          const id = `reconcile-${part}`;
          const problem = problems[part];
          return (
            <div class="field" key={part}>
              <label for={id}>{t.reconcileLabels[part]}</label>
              <input id={id} inputMode="decimal" value={values[part]} aria-invalid={problem ? 'true' : undefined} aria-describedby={problem ? `${id}-error` : undefined} onInput={(event) => setValues({ ...values, [part]: event.currentTarget.value })} />
              {problem && (
                <p class="field__error" id={`${id}-error`} role="alert">
                  {t.figureProblems[problem]}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit" disabled={readOnly}>
          {t.reconcileSave}
        </button>
        {error && <p class="field__error" role="alert">{error}</p>}
      </form>
      {saved && (
        <div class="declare-reconcile" data-testid="reconcile-result">
          <p>{t.lastReconciled(saved.on)}</p>
          <ul>
            {comparisons.map((item) => (
              <li key={item.part}>
                <UnbreakableText text={t.comparison(t.reconcileLabels[item.part], item.platformTenths, item.creditedTenths)} />
                <UnbreakableText text={item.differenceTenths === 0 ? t.differenceNone : item.differenceTenths > 0 ? t.differenceMore(item.differenceTenths) : t.differenceLess(-item.differenceTenths)} />
                {item.reasons.length > 0 && (
                  <ul>
                    {item.reasons.map((reason) => (
                      <li key={reason.code}>
                        <UnbreakableText text={t.reasons[reason.code](reason.tenths)} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <p>{t.authority}</p>
          <ApproveFromPlatform entries={approvable} />
        </div>
      )}
    </section>
  );
}
