import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { backupNudge } from '../../core/backup/nudge';
import { createWorkingCalendar } from '../../core/calendar/workingCalendar';
import { countedYear } from '../../core/entries/countedYear';
import type { UndoEvent, UndoState } from '../../core/entries/undoDeletion';
import { offeredItem } from '../../core/entries/undoOffer';
import { yearMenu } from '../../core/overview/yearMenu';
import { evaluateYear } from '../../core/rules/evaluateYear';
import { resolveRule } from '../../core/rules/resolveRule';
import type { CalendarYear } from '../../core/schemas/calendarYear';
import type { FestivalYear } from '../../core/schemas/festivalDates';
import type { Entry } from '../../core/schemas/entry';
import type { Profile } from '../../core/schemas/profile';
import type { RuleSet } from '../../core/schemas/ruleSet';
import type { AppDatabase } from '../../db/database';
import type { DeletedEntry } from '../../db/entryWrites';
import { onStorageFull } from '../../db/connection';
import { toStorageError } from '../../db/errors';
import { readLogState, type LogState } from '../../db/logState';
import { text } from '../../i18n/zhCN';
import { useLive } from '../hooks/useLive';
import { useToday } from '../hooks/useToday';
import { loadActions } from '../runtime/loadActions';
import type { BaseOption, FormState, LogStore, ToastAction } from './logStore';
import { useDatabaseHealth } from './useDatabaseHealth';
import { useHashView } from './useHashView';
import { useYear } from './useYear';

export interface LogAppProps {
  ruleSets: RuleSet[];
  calendarYears: CalendarYear[];
  /** The Gregorian dates of the 办法's lunar holidays and 清明, for years without a schedule. */
  festivalDates?: FestivalYear[];
  bases: BaseOption[];
  /** Written into backups, so a restore knows which app made them. */
  appVersion: string;
}

const UNDO_MS = 10_000;
const CLOSED: FormState = { mode: 'closed' };
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
const newId = () => crypto.randomUUID();

/** The one place the log's state lives: the database, today, the chosen year, its report, the form and the last deletion. */
export function useLogStore({ db, ruleSets, calendarYears, festivalDates, bases, appVersion }: LogAppProps & { db: AppDatabase }): LogStore {
  const today = useToday();
  const calendar = useMemo(() => createWorkingCalendar(calendarYears, festivalDates), [calendarYears, festivalDates]);
  const { readOnlyReason, outdated, blocked, persistence, requestPersist } = useDatabaseHealth(db);
  const [year, setYear] = useYear(today);
  const { view, go } = useHashView();
  const [form, setForm] = useState<FormState>(CLOSED);
  const [undoState, setUndoState] = useState<UndoState<DeletedEntry>>({ phase: 'none' });
  const [spaceFull, setSpaceFull] = useState(false);
  const [focusEntryId, setFocusEntryId] = useState<string | null>(null);
  const [yearTotals, setYearTotals] = useState<ReadonlyMap<number, number>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const [toastAction, setToastAction] = useState<ToastAction | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();
  const announceTimer = useRef<ReturnType<typeof setTimeout>>();

  const live = useLive(() => readLogState(db, year), [db, year]);
  const log = live.status === 'ready' ? live.value : EMPTY_STATE;
  const rule = useMemo(() => resolveRule(year, ruleSets), [year, ruleSets]);
  const report = useMemo(() => evaluateYear(rule, log.entries, { asOf: today, calendar }), [rule, log.entries, today, calendar]);
  const yearOptions = useMemo(() => yearMenu(Number(today.slice(0, 4)), [...log.years, year]), [log.years, today, year]);

  const announce = useCallback((message: string, action?: ToastAction) => {
    setAnnouncement(message);
    setToastAction(action ?? null);
    clearTimeout(announceTimer.current);
    announceTimer.current = setTimeout(() => {
      setAnnouncement('');
      setToastAction(null);
    }, UNDO_MS);
  }, []);
  // The machine arrives with the write side; before that nothing was deleted, so there is nothing to step.
  const undoStep = useRef<(state: UndoState<DeletedEntry>, event: UndoEvent<DeletedEntry>) => UndoState<DeletedEntry>>();
  const undoBy = useCallback((event: UndoEvent<DeletedEntry>) => setUndoState((state) => undoStep.current?.(state, event) ?? state), []);
  const dismissAnnouncement = useCallback(() => {
    clearTimeout(announceTimer.current);
    setAnnouncement('');
    setToastAction(null);
    undoBy({ type: 'dismissed' });
  }, []);

  // Any write refused for space, wherever it was made, brings up the way out.
  useEffect(() => onStorageFull(() => setSpaceFull(true)), []);

  useEffect(() => {
    // Fetch the write side while the person reads the first view, so the first save is instant.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => void loadActions().catch(() => undefined));
    return () => {
      clearTimeout(undoTimer.current);
      clearTimeout(announceTimer.current);
    };
  }, []);

  const saveEntry = async (entry: Entry, isNew: boolean, baseRevision?: number, certificate?: File) => {
    try {
      const { addEntry, updateEntry, prepareEvidence, decodesAsImage } = await loadActions();
      const evidence = certificate ? [await prepareEvidence(entry.id, certificate, newId(), { decodes: decodesAsImage })] : [];
      if (isNew) await addEntry(db, entry, evidence);
      else await updateEntry(db, entry, { baseRevision, evidence });
    } catch (error) {
      throw toStorageError(error);
    }
    setForm(CLOSED);
    setFocusEntryId(entry.id);
    const entryYear = countedYear(entry);
    if (entryYear === year) announce(isNew ? text.saved(entry.title) : text.updated(entry.title));
    else announce(isNew ? text.savedToYear(entry.title, entryYear) : text.updatedToYear(entry.title, entryYear), { label: text.showYear(entryYear), run: () => setYear(entryYear) });
    if (persistence === 'unknown' || persistence === 'denied') requestPersist();
  };

  const deleteEntry = async (entry: Entry, focusAfter: string | null = null) => {
    try {
      const { deleteEntry: remove, undoStep: step } = await loadActions();
      undoStep.current = step;
      const deleted = await remove(db, entry.id);
      if (form.mode === 'edit' && form.entry.id === entry.id) setForm(CLOSED);
      clearTimeout(undoTimer.current);
      undoBy({ type: 'deleted', item: deleted });
      undoTimer.current = setTimeout(() => undoBy({ type: 'expired' }), UNDO_MS);
      setFocusEntryId(focusAfter);
      announce(text.deleted(entry.title));
    } catch (error) {
      announce(toStorageError(error).message);
    }
  };

  const undo = offeredItem(undoState);
  const undoDelete = async () => {
    // A second tap while restoring finds the entry back and changes nothing (the machine ignores its failure).
    if (!undo) return;
    undoBy({ type: 'undo' });
    try {
      const { restoreEntry } = await loadActions();
      await restoreEntry(db, undo);
      undoBy({ type: 'succeeded' });
      announce(text.restored(undo.entry.title));
      setFocusEntryId(undo.entry.id);
    } catch {
      // The record stays in memory and offered; a notice says so, with an export of it.
      undoBy({ type: 'failed' });
    }
  };

  const saveProfile = async (profile: Profile) => {
    try {
      const { saveProfile: save } = await loadActions();
      await save(db, profile);
    } catch (error) {
      throw toStorageError(error);
    }
  };

  return {
    db,
    today,
    year,
    setYear,
    yearOptions,
    ruleSets,
    calendar,
    bases,
    appVersion,
    loading: live.status === 'loading' && readOnlyReason === null,
    log,
    report,
    readOnlyReason,
    readOnly: readOnlyReason !== null,
    outdated,
    blocked,
    persistence,
    requestPersist,
    nudge: backupNudge({ ...log.backup, entryCount: log.entryCount, persisted: persistence === 'granted', today }),
    announce,
    announcement,
    toastAction,
    dismissAnnouncement,
    newId,
    view,
    go,
    form,
    openNewEntry: (template) => {
      setForm({ mode: 'new', template: template ?? null });
      if (view !== 'entries') go('entries');
    },
    editEntry: (entry, readFrom) => {
      setForm({ mode: 'edit', entry, revision: log.revisions.get(entry.id) ?? 0, ...(readFrom ? { readFrom } : {}) });
      if (view !== 'entries') go('entries');
    },
    closeForm: () => setForm(CLOSED),
    saveEntry,
    deleteEntry,
    undo,
    undoFailed: undoState.phase === 'failed',
    undoDelete,
    spaceFull,
    closeSpaceFull: () => setSpaceFull(false),
    saveProfile,
    focusEntryId,
    clearFocusEntry: () => setFocusEntryId(null),
    yearTotals,
    setYearTotals,
  };
}
