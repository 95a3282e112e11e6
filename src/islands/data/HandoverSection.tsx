import { useEffect, useState } from 'preact/hooks';
import { yearOf } from '../../core/calendar/days';
import type { EvidenceMeta } from '../../core/evidence/fileType';
import type { Entry } from '../../core/schemas/entry';
import { PROFILE_LABELS } from '../../core/vocabulary';
import { UNIT_PROFILE_LABELS } from '../../core/unitVocabulary';
import { handoverText as t } from '../../i18n/handover';
import { useLog } from '../app/logStore';
import { FailureMessage } from '../FailureMessage';
import { FormatDetails } from '../FormatDetails';
import { downloadFile } from '../runtime/download';
import { loadOnce } from '../runtime/staleChunk';
import { useTask } from './task';

export type HandoverActions = typeof import('../runtime/handoverActions');
/** The exchange formats' code: fetched when the person opens 导出给单位 or chooses a 回执. */
export const loadHandoverActions: () => Promise<HandoverActions> = loadOnce(() => import('../runtime/handoverActions'));

const PERSON_LABELS = { ...PROFILE_LABELS, ...UNIT_PROFILE_LABELS };

interface Source {
  actions: HandoverActions;
  entries: Entry[];
  evidence: EvidenceMeta[];
}

/**
 * 导出给单位: choose the years, see exactly what the file holds (profile
 * fields, entries by state, evidence only when ticked), and download one file.
 * Nothing is sent; the person hands it over.
 */
export function HandoverSection() {
  const { db, today, log, appVersion, announce } = useLog();
  const task = useTask();
  const currentYear = yearOf(today);
  const [source, setSource] = useState<Source | null>(null);
  const [years, setYears] = useState<number[]>([currentYear]);
  const [withEvidence, setWithEvidence] = useState(false);

  const readSource = async () => {
    const actions = await loadHandoverActions();
    const { entries, evidence } = await actions.handoverSource(db);
    setSource({ actions, entries, evidence });
  };

  // While open, the preview follows the data (an entry saved, a restore, another tab).
  useEffect(() => {
    if (source !== null) void task.run(readSource);
  }, [log.entries, log.profile]);

  const toggleYear = (year: number, on: boolean) => setYears((current) => (on ? [...current, year] : current.filter((item) => item !== year)));

  const exportFile = () =>
    task.run(async () => {
      const actions = await loadHandoverActions();
      const { profile, entries, evidence } = await actions.handoverSource(db);
      const preview = actions.previewHandover(profile, entries, years, evidence, withEvidence);
      const files = withEvidence ? await actions.evidenceWithData(db, evidence.filter((item) => preview.evidence.some((line) => line.id === item.id))) : [];
      const built = actions.buildHandover(profile, entries, years, { includeEvidence: withEvidence, evidence: files, appVersion }, { exportedAt: new Date().toISOString(), today });
      if (!built.ok) throw new Error(built.message);
      downloadFile(built.text, actions.handoverFileName(built.file.years, profile.name, today), 'application/json');
      announce(t.exported(built.file.entries.length, built.file.evidence.length));
    });

  const preview = source && source.actions.previewHandover(log.profile, source.entries, years, source.evidence, withEvidence);
  const choices = source ? source.actions.handoverYearChoices(source.entries, currentYear) : [];

  return (
    <>
      <h3>{t.title}</h3>
      <p class="field__hint">{t.hint}</p>
      <div class="form-actions">
        <button type="button" aria-expanded={source !== null} disabled={task.busy && source === null} onClick={() => (source === null ? void task.run(readSource) : setSource(null))}>
          {source === null ? t.open : t.close}
        </button>
      </div>
      <FormatDetails text={t.handoverFormat} />
      {preview && (
        <div class="restore-preview handover-preview" role="region" aria-label={t.title}>
          {preview.nameMissing ? (
            <p>
              {t.nameNeeded} <a href="#summary">{t.goToProfile}</a>
            </p>
          ) : (
            <>
              <fieldset class="choice">
                <legend>{t.yearsLegend}</legend>
                {choices.map((year) => (
                  <label key={year} class="choice__option">
                    <input type="checkbox" checked={years.includes(year)} onChange={(event) => toggleYear(year, event.currentTarget.checked)} />
                    {t.yearOption(year)}
                  </label>
                ))}
              </fieldset>
              <p>{t.whatGoes}</p>
              <ul aria-label={t.personLabel}>
                {preview.person.map((line) => (
                  <li key={line.field}>{t.personLine(PERSON_LABELS[line.field], line.value)}</li>
                ))}
              </ul>
              <p class="field__hint">{t.phoneStays}</p>
              <ul>
                {preview.years.map((line) => (
                  <li key={line.year}>{t.yearLine(line.year, line.entries, line.states.map((state) => t.stateLine(t.stateLabels[state.state], state.count)))}</li>
                ))}
              </ul>
              <p class="field__hint">{t.notesStay}</p>
              {preview.evidence.length === 0 ? (
                <p>{t.noEvidence}</p>
              ) : (
                <>
                  <label class="choice__option">
                    <input type="checkbox" checked={withEvidence} onChange={(event) => setWithEvidence(event.currentTarget.checked)} />
                    {t.includeEvidence}
                  </label>
                  {withEvidence ? (
                    <>
                      <p>{t.evidenceGoes(preview.evidence.length, t.size(preview.evidenceBytes))}</p>
                      <ul aria-label={t.evidenceListLabel}>
                        {preview.evidence.map((item) => (
                          <li key={item.id}>{t.evidenceLine(item.name, item.entryTitle, item.size)}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>{t.evidenceLeftOut(preview.evidence.length, t.size(preview.evidenceBytes))}</p>
                  )}
                </>
              )}
              <FailureMessage message={preview.evidenceProblem ?? (years.length === 0 ? t.chooseYear : '')} />
              <div class="form-actions">
                <button
                  type="button"
                  class="button--primary"
                  disabled={task.busy || years.length === 0 || preview.evidenceProblem !== undefined}
                  onClick={() => void exportFile()}
                >
                  {t.exportFile}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      <FailureMessage message={task.failure} />
    </>
  );
}
