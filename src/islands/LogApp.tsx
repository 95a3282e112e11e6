import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { backupNudge } from '../core/backup/nudge';
import { createWorkingCalendar } from '../core/calendar/workingCalendar';
import { evaluateYear } from '../core/rules/evaluateYear';
import { deadlineReminder } from '../core/rules/reminder';
import { resolveRule } from '../core/rules/resolveRule';
import type { CalendarYear } from '../core/schemas/calendarYear';
import type { Entry } from '../core/schemas/entry';
import type { RuleSet } from '../core/schemas/ruleSet';
import { watchConnection, type ConnectionState } from '../db/connection';
import { createDatabase } from '../db/database';
import type { DeletedEntry } from '../db/entryWrites';
import { StorageError, toStorageError } from '../db/errors';
import { readLogState, type LogState } from '../db/logState';
import { countedYear } from '../core/entries/countedYear';
import { summaryTitle } from '../core/vocabulary';
import { yearMenu } from '../core/overview/yearMenu';
import { text } from '../i18n/zhCN';
import { loadingText } from '../i18n/loading';
import { yearMenuText } from '../i18n/zhCNYearMenu';
import { useToday } from './hooks/useToday';
import { Dashboard } from './Dashboard';
import type { BaseOption } from './EntryForm';
import { lazy } from './runtime/lazy';
import { loadActions } from './runtime/loadActions';
import type { Persistence } from './StoragePanel';
import { useLive } from './hooks/useLive';

interface Props {
  ruleSets: RuleSet[];
  calendarYears: CalendarYear[];
  bases: BaseOption[];
  /** Written into backups, so a restore knows which app made them. */
  appVersion: string;
}

const UNDO_MS = 10_000;

// Below the fold or opened on demand: fetched after the first render, not with it.
const EvidencePanel = lazy(() => import('./EvidencePanel').then((module) => module.EvidencePanel), loadingText.parts.evidence);
const SummaryPanel = lazy(() => import('./SummaryPanel').then((module) => module.SummaryPanel), loadingText.parts.summary);
const DataPanel = lazy(() => import('./DataPanel').then((module) => module.DataPanel), text.dataTitle);
// The form is fetched as the first render starts, not with it: the dashboard's answer comes first.
const EntryForm = lazy(() => import('./EntryForm').then((module) => module.EntryForm), loadingText.parts.entryForm);
const MigrationNotice = lazy(() => import('./MigrationNotice').then((module) => module.MigrationNotice), loadingText.parts.migration);
const EntryList = lazy(() => import('./EntryList').then((module) => module.EntryList), loadingText.parts.entryList);
const ProfileForm = lazy(() => import('./ProfileForm').then((module) => module.ProfileForm), loadingText.parts.profile);
const StoragePanel = lazy(() => import('./StoragePanel').then((module) => module.StoragePanel), loadingText.parts.storage);
const YearsPanel = lazy(() => import('./YearsPanel').then((module) => module.YearsPanel), yearMenuText.overviewTitle);
const newId = () => crypto.randomUUID();
const EMPTY_STATE: LogState = {
  entries: [],
  years: [],
  evidenceCounts: new Map(),
  entryCount: 0,
  evidenceBytes: 0,
  profile: {},
  backup: { lastBackupAt: null, changesSinceBackup: 0 },
  migrationNotes: [],
  revisions: new Map(),
};

/** My hours: the learning log, kept in this browser's IndexedDB, with the year's standing always in view. */
export default function LogApp({ ruleSets, calendarYears, bases, appVersion }: Props) {
  const today = useToday();
  const db = useMemo(() => createDatabase(), []);
  const calendar = useMemo(() => createWorkingCalendar(calendarYears), [calendarYears]);
  const [connection, setConnection] = useState<ConnectionState>({ outdated: false, blocked: false });
  const [openError, setOpenError] = useState<string | null>(null);
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  // When the calendar year turns while the page is open, follow it unless the person chose another year.
  const todayYear = Number(today.slice(0, 4));
  const lastTodayYear = useRef(todayYear);
  useEffect(() => {
    if (todayYear === lastTodayYear.current) return;
    if (year === lastTodayYear.current) setYear(todayYear);
    lastTodayYear.current = todayYear;
  }, [todayYear, year]);
  const [editing, setEditing] = useState<Entry | null>(null);
  // The revision the edit started from: a save checks it, so another tab's newer save is never overwritten unasked.
  const [editingRevision, setEditingRevision] = useState<number | undefined>(undefined);
  const [evidenceFor, setEvidenceFor] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [undo, setUndo] = useState<DeletedEntry | null>(null);
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();
  const formAnchor = useRef<HTMLElement>(null);
  // The dashboard comes first (the form's code is fetched as it renders); the sections below render
  // once the browser is idle, so the first render is one short task on a slow phone.
  const [restReady, setRestReady] = useState(false);

  useEffect(() => {
    watchConnection(db, setConnection);
    db.open().catch((error: unknown) => setOpenError(toStorageError(error).message));
    if (!navigator.storage?.persisted) setPersistence('unsupported');
    else void navigator.storage.persisted().then((granted) => setPersistence(granted ? 'granted' : 'denied'));
    // Fetch the write side while the person reads the dashboard, so the first save is instant.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => setRestReady(true), { timeout: 1000 });
    idle(() => void loadActions().catch(() => undefined));
    return () => db.close();
  }, [db]);

  const state = useLive(() => readLogState(db, year), [db, year]);
  const loaded = state.status === 'ready' ? state.value : EMPTY_STATE;
  const { years, evidenceCounts: counts, entryCount, evidenceBytes: evidenceSize, profile, backup, migrationNotes } = loaded;
  const yearEntries = loaded.entries;
  const rule = useMemo(() => resolveRule(year, ruleSets), [year, ruleSets]);
  const report = useMemo(() => evaluateYear(rule, yearEntries, { asOf: today, calendar }), [rule, yearEntries, today, calendar]);
  const titles = useMemo(() => new Map(yearEntries.map((entry) => [entry.id, entry.title])), [yearEntries]);
  const yearOptions = useMemo(() => yearMenu(todayYear, [...years, year]), [years, todayYear, year]);
  // Each year's logged hours, from the overview's reports once it has loaded.
  const [yearTotals, setYearTotals] = useState<ReadonlyMap<number, number>>(new Map());

  const nudge = backupNudge({ ...backup, entryCount, persisted: persistence === 'granted', today });
  const reminder = deadlineReminder(report);

  const readOnlyReason = openError ?? (connection.outdated ? new StorageError('outdated').message : null);
  const readOnly = readOnlyReason !== null;

  const announceTimer = useRef<ReturnType<typeof setTimeout>>();
  const announce = useCallback((message: string) => {
    setAnnouncement(message);
    clearTimeout(announceTimer.current);
    announceTimer.current = setTimeout(() => setAnnouncement(''), UNDO_MS);
  }, []);

  const requestPersist = useCallback(() => {
    if (!navigator.storage?.persist) return;
    void navigator.storage.persist().then((granted) => setPersistence(granted ? 'granted' : 'denied'));
  }, []);

  const save = async (entry: Entry, isNew: boolean, baseRevision?: number) => {
    try {
      const { addEntry, updateEntry } = await loadActions();
      if (isNew) await addEntry(db, entry);
      else await updateEntry(db, entry, { baseRevision });
    } catch (error) {
      throw toStorageError(error);
    }
    announce(isNew ? text.saved(entry.title) : text.updated(entry.title));
    setEditing(null);
    const entryYear = countedYear(entry);
    if (entryYear !== year) setYear(entryYear);
    if (persistence === 'unknown' || persistence === 'denied') requestPersist();
  };

  const remove = async (entry: Entry) => {
    try {
      const { deleteEntry } = await loadActions();
      const deleted = await deleteEntry(db, entry.id);
      if (editing?.id === entry.id) setEditing(null);
      clearTimeout(undoTimer.current);
      setUndo(deleted);
      undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
      announce(text.deleted(entry.title));
    } catch (error) {
      announce(toStorageError(error).message);
    }
  };

  const restore = async () => {
    if (!undo) return;
    try {
      const { restoreEntry } = await loadActions();
      await restoreEntry(db, undo);
      announce(text.restored(undo.entry.title));
      setUndo(null);
    } catch (error) {
      announce(toStorageError(error).message);
    }
  };

  const edit = (entry: Entry) => {
    setEditing(entry);
    setEditingRevision(loaded.revisions.get(entry.id) ?? 0);
    formAnchor.current?.scrollIntoView({ block: 'start' });
    requestAnimationFrame(() => formAnchor.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus());
  };

  return (
    <div class="log-app">
      {readOnlyReason && (
        <div class="banner" role="alert">
          {text.readOnlyBanner}
          {readOnlyReason}{' '}
          {connection.outdated && (
            <button type="button" onClick={() => location.reload()}>
              {text.reload}
            </button>
          )}
        </div>
      )}
      {connection.blocked && !readOnly && (
        <div class="banner" role="alert">
          {new StorageError('blocked').message}
        </div>
      )}

      {migrationNotes.length > 0 && (
        <MigrationNotice
          notes={migrationNotes}
          onDismiss={() =>
            void loadActions()
              .then(({ dismissMigrationNotes }) => dismissMigrationNotes(db))
              .catch((error: unknown) => announce(toStorageError(error).message))
          }
        />
      )}

      <div class={`snackbar toast${announcement || undo ? ' toast--shown' : ''}`} role="status" aria-live="polite">
        {announcement}
        {undo && (
          <button type="button" onClick={() => void restore()}>
            {text.undo}
          </button>
        )}
      </div>

      <section aria-labelledby="dashboard-title" class="panel">
        <div class="panel__head">
          <h2 id="dashboard-title" tabIndex={-1}>
            {text.dashboardTitle(year)}
          </h2>
          <div class="year-switch">
            <label for="year-select">{text.yearLabel}</label>
            <select id="year-select" value={String(year)} onChange={(event) => setYear(Number(event.currentTarget.value))}>
              {yearOptions.map((option) => (
                <option key={option} value={String(option)}>
                  {yearMenuText.option(option, yearTotals.get(option))}
                </option>
              ))}
            </select>
          </div>
        </div>
        {reminder && <p class="reminder">{reminder}</p>}
        {nudge && (
          <p class="nudge">
            {nudge} <a href="#data-title">{text.goBackup}</a>
          </p>
        )}
        {/* While the log loads, the empty year's dashboard holds its place (hidden), so nothing below jumps when the numbers arrive. */}
        <div class={state.status === 'loading' && !openError ? 'dashboard-slot dashboard-slot--loading' : 'dashboard-slot'} aria-busy={state.status === 'loading'}>
          {state.status === 'loading' && !openError && <p class="dashboard-slot__message">{text.loading}</p>}
          <Dashboard report={report} titleOf={(id) => titles.get(id) ?? id} />
        </div>
      </section>

      <section aria-label={editing ? text.formEditTitle(editing.title) : text.formAddTitle} class="panel" ref={formAnchor}>
        <EntryForm
          key={editing?.id ?? 'new'}
          db={db}
          editing={editing}
          baseRevision={editingRevision}
          today={today}
          bases={bases}
          disabled={readOnly}
          newId={newId}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      </section>

      {restReady && (
        <>
        <section aria-labelledby="list-title" class="panel">
          <h2 id="list-title">{text.listTitle(year)}</h2>
          <EntryList
            year={year}
            declareBy={report.deadline?.declareBy ?? null}
            policyYear={report.basisYear}
            entries={yearEntries}
            evidenceCounts={counts}
            disabled={readOnly}
            openEvidenceId={evidenceFor}
            onEdit={edit}
            onDelete={(entry) => void remove(entry)}
            onToggleEvidence={(entry) => setEvidenceFor((current) => (current === entry.id ? null : entry.id))}
            renderEvidence={(entry) => (
              <EvidencePanel db={db} entry={entry} disabled={readOnly} newId={newId} announce={announce} onClose={() => setEvidenceFor(null)} />
            )}
          />
        </section>

        <section aria-labelledby="summary-title" class="panel">
          <h2 id="summary-title">{summaryTitle(year)}</h2>
          <SummaryPanel db={db} report={report} entries={yearEntries} profile={profile} today={today} />
        </section>

        <section aria-labelledby="years-title" class="panel">
          <h2 id="years-title">{yearMenuText.overviewTitle}</h2>
          <YearsPanel
            db={db}
            ruleSets={ruleSets}
            calendar={calendar}
            today={today}
            recordedYears={years}
            profile={profile}
            currentYear={year}
            onOpenYear={setYear}
            onTotals={setYearTotals}
          />
        </section>

        <section aria-labelledby="data-title" class="panel">
          <h2 id="data-title" tabIndex={-1}>
            {text.dataTitle}
          </h2>
          <DataPanel
            db={db}
            year={year}
            report={report}
            yearEntries={yearEntries}
            today={today}
            appVersion={appVersion}
            bases={bases}
            lastBackupAt={backup.lastBackupAt}
            changesSinceBackup={backup.changesSinceBackup}
            nudge={nudge}
            disabled={readOnly}
            newId={newId}
            announce={announce}
          />
        </section>

        <section aria-label={text.profileTitle} class="panel">
          <ProfileForm
            profile={profile}
            disabled={readOnly}
            onSave={async (next) => {
              try {
                const { saveProfile } = await loadActions();
                await saveProfile(db, next);
              } catch (error) {
                throw toStorageError(error);
              }
            }}
          />
        </section>

        <section aria-labelledby="storage-title" class="panel">
          <h2 id="storage-title">{text.storageTitle}</h2>
          <StoragePanel entryCount={entryCount} evidenceBytes={evidenceSize} persistence={persistence} onRequestPersist={requestPersist} />
        </section>
        </>
      )}
    </div>
  );
}
