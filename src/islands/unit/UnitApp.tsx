import { useEffect, useMemo, useState } from 'preact/hooks';
import { createWorkingCalendar } from '../../core/calendar/workingCalendar';
import type { CalendarYear } from '../../core/schemas/calendarYear';
import type { FestivalYear } from '../../core/schemas/festivalDates';
import type { RuleSet } from '../../core/schemas/ruleSet';
import { yearMenu } from '../../core/overview/yearMenu';
import type { ImportPlan, ReadFile } from '../../core/unit/importPlan';
import { awaitingReviews } from '../../core/unit/pendingReviews';
import { unitRows } from '../../core/unit/unitRows';
import { countedYear } from '../../core/entries/countedYear';
import { createUnitDatabase } from '../../db/unit/unitDatabase';
import { clearLedger, readLedger } from '../../db/unit/unitLedger';
import { unitText } from '../../i18n/unit';
import { unitPageText as t } from '../../i18n/unitPage';
import { useLive } from '../hooks/useLive';
import { todayIso } from '../runtime/clock';
import { PeopleTable } from './PeopleTable';

export interface UnitAppProps {
  ruleSets: RuleSet[];
  calendarYears: CalendarYear[];
  festivalDates: FestivalYear[];
  appVersion: string;
}

/** An instant as the exchange files write it: seconds, UTC. */
const instant = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The unit's ledger (/unit/): staff's 导出给单位 files and backups imported into
 * this browser's own database (apart from the personal log's), the 人员 table
 * by the same year model as each person's /log/, the declarations waiting for
 * the 用人单位 with the unit's own decisions and 回执. Nothing leaves the device.
 */
export default function UnitApp({ ruleSets, calendarYears, festivalDates, appVersion }: UnitAppProps) {
  const db = useMemo(() => createUnitDatabase(), []);
  const ledger = useLive(() => readLedger(db), [db]);
  const today = todayIso();
  const calendar = useMemo(() => createWorkingCalendar(calendarYears, festivalDates), [calendarYears, festivalDates]);
  const todayYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(todayYear);
  const [reading, setReading] = useState<number | null>(null);
  const [preview, setPreview] = useState<{ files: ReadFile[]; idPrefix: string; Panel: typeof import('./importModule').ImportPanel } | null>(null);
  const [status, setStatus] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const [dragging, setDragging] = useState(false);
  // The list and its decision form load right after the first render, apart from the first load.
  const [Awaiting, setAwaiting] = useState<typeof import('./AwaitingList').AwaitingList | null>(null);
  useEffect(() => {
    void import('./AwaitingList').then((module) => setAwaiting(() => module.AwaitingList), () => setStatus(t.loadFailed));
  }, []);

  const takeFiles = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setStatus('');
    setReading(files.length);
    try {
      const { readFiles, ImportPanel } = await import('./importModule');
      const read = await readFiles(files);
      setPreview({ Panel: ImportPanel, files: read, idPrefix: `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` });
    } catch {
      setStatus(t.loadFailed);
    } finally {
      setReading(null);
    }
  };

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(false);
      void takeFiles(event.dataTransfer.files);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);

  if (ledger.status === 'loading') return <p class="note">{t.loading}</p>;
  if (ledger.status === 'error') return <p role="alert">{t.storageFailed}</p>;
  const { people, decisions } = ledger.value;
  const years = yearMenu(todayYear, [...new Set(people.flatMap((person) => person.entries.map(countedYear)))]);
  const rows = unitRows(people, [year], ruleSets, today, calendar);
  const awaiting = awaitingReviews(rows, people, decisions);

  const doImport = async (plan: ImportPlan) => {
    try {
      const { applyImport } = await import('./importModule');
      await applyImport(db, plan, instant());
      setPreview(null);
      setStatus(t.imported(plan.accepted));
    } catch {
      setStatus(t.importFailed);
    }
  };

  return (
    <div class={`unit-app${dragging ? ' unit-app--dragging' : ''}`}>
      <p class="unit-status" role="status" aria-live="polite">
        {status}
      </p>
      <section aria-labelledby="unit-import-title">
        <h2 id="unit-import-title">{t.importTitle}</h2>
        <p class="note">{t.importHint}</p>
        <label class="button unit-import">
          {t.importLabel}
          <input
            type="file"
            multiple
            accept=".json,.zip,application/json,application/zip"
            class="visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget;
              void takeFiles(input.files).finally(() => (input.value = ''));
            }}
          />
        </label>
        {dragging && <p class="unit-drop">{t.dropHere}</p>}
        {reading !== null && <p class="note">{t.reading(reading)}</p>}
        {preview !== null && <preview.Panel files={preview.files} ledger={ledger.value} idPrefix={preview.idPrefix} onImport={doImport} onCancel={() => setPreview(null)} />}
      </section>
      <section aria-labelledby="unit-people-title">
        <h2 id="unit-people-title">{t.peopleTitle}</h2>
        <label class="unit-year">
          {t.year}
          <select value={year} onChange={(event) => setYear(Number(event.currentTarget.value))}>
            {years.map((option) => (
              <option key={option} value={option}>
                {t.yearOption(option)}
              </option>
            ))}
          </select>
        </label>
        <PeopleTable rows={people.length === 0 ? [] : rows} people={people} />
      </section>
      <section aria-labelledby="unit-awaiting-title">
        <h2 id="unit-awaiting-title">{unitText.awaitingTitle}</h2>
        {Awaiting === null ? <p class="note">{t.loading}</p> : <Awaiting items={awaiting} today={today} db={db} people={people} appVersion={appVersion} onStatus={setStatus} />}
      </section>
      <section aria-labelledby="unit-clear-title">
        <h2 id="unit-clear-title">{t.clearTitle}</h2>
        <p class="note">{t.clearHint}</p>
        {confirmClear ? (
          <div class="unit-actions" role="group" aria-label={t.clearTitle}>
            <p>{t.clearConfirm}</p>
            <button
              type="button"
              class="button button--danger"
              onClick={async () => {
                try {
                  await clearLedger(db);
                  setStatus(t.cleared);
                } catch {
                  setStatus(t.writeFailed);
                }
                setConfirmClear(false);
              }}
            >
              {t.clearYes}
            </button>
            <button type="button" class="button" onClick={() => setConfirmClear(false)}>
              {t.clearNo}
            </button>
          </div>
        ) : (
          <button type="button" class="button" onClick={() => setConfirmClear(true)}>
            {t.clearAction}
          </button>
        )}
      </section>
    </div>
  );
}
