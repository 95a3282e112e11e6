import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { WorkingCalendar } from '../../core/calendar/workingCalendar';
import type { YearReport } from '../../core/rules/report';
import type { Entry } from '../../core/schemas/entry';
import type { Profile } from '../../core/schemas/profile';
import type { RuleSet } from '../../core/schemas/ruleSet';
import type { AppDatabase } from '../../db/database';
import type { DeletedEntry } from '../../db/entryWrites';
import type { LogState } from '../../db/logState';
import type { LogView } from './views';

/** A base the provider field suggests. */
export interface BaseOption {
  number: number;
  name: string;
}

/** Whether the browser keeps this site's data when space runs low. */
export type Persistence = 'granted' | 'denied' | 'unsupported' | 'unknown';

/** A button the toast offers with its sentence (查看2025年度 after saving an entry of another year). */
export interface ToastAction {
  label: string;
  run(): void;
}

/** What the entry form is doing: closed, adding (maybe from a template), or editing one entry. */
export type FormState =
  | { mode: 'closed' }
  | { mode: 'new'; template: Entry | null }
  | { mode: 'edit'; entry: Entry; revision: number; readFrom?: File };

/**
 * Everything the log's views read and do, held once by the app shell
 * (`useLogStore`) and read by any view with `useLog()`: no view receives the
 * database or the year through a chain of props.
 */
export interface LogStore {
  db: AppDatabase;
  /** Today on this device, YYYY-MM-DD; follows the clock across midnight. */
  today: string;
  year: number;
  setYear(year: number): void;
  /** Years the year menu offers. */
  yearOptions: number[];
  ruleSets: RuleSet[];
  calendar: WorkingCalendar;
  bases: BaseOption[];
  appVersion: string;
  /** True until the first read of the database has answered. */
  loading: boolean;
  /** The chosen year's entries and the device-wide figures, live. */
  log: LogState;
  /** The one year report every figure comes from. */
  report: YearReport;
  /** Why nothing can be written right now (another tab upgraded, the database failed to open), or null. */
  readOnlyReason: string | null;
  readOnly: boolean;
  /** Another tab upgraded the database: only a reload helps. */
  outdated: boolean;
  persistence: Persistence;
  requestPersist(): void;
  /** Why a backup is due now (never made, many changes, long ago, data not persisted), or null. */
  nudge: string | null;
  /** Says a sentence once to screen readers and in the toast, with a button when `action` is given. */
  announce(message: string, action?: ToastAction): void;
  /** The sentence the toast shows now ('' when none). */
  announcement: string;
  /** The button beside the toast's sentence, or null. */
  toastAction: ToastAction | null;
  dismissAnnouncement(): void;
  /** Another tab holds an older version of the database open, so an upgrade waits. */
  blocked: boolean;
  newId(): string;

  view: LogView;
  go(view: LogView): void;

  form: FormState;
  openNewEntry(template?: Entry): void;
  /** Opens the entry in the form; `readFrom`, a certificate already kept with it, is read at once to fill the entry's empty fields. */
  editEntry(entry: Entry, readFrom?: File): void;
  closeForm(): void;
  /**
   * Validated entry in, stored (one transaction) or a StorageError thrown with a Chinese message.
   * An entry that counts in another year leaves the chosen year as it is; the toast says where it went, with a button to go there.
   * `certificate`, the file the form was filled from, is stored with the entry in the same transaction.
   */
  saveEntry(entry: Entry, isNew: boolean, baseRevision?: number, certificate?: File): Promise<void>;
  /** Deletes (undoably); `focusAfter` is the row that takes focus next, as the person sees the list. */
  deleteEntry(entry: Entry, focusAfter?: string | null): Promise<void>;
  /** The last deleted entry while it can still be restored. */
  undo: DeletedEntry | null;
  /** Putting `undo` back failed (a full device): it stays offered, with an export of that one record. */
  undoFailed: boolean;
  undoDelete(): Promise<void>;
  /** A write was refused for lack of space: the way out is shown until closed. */
  spaceFull: boolean;
  closeSpaceFull(): void;
  saveProfile(profile: Profile): Promise<void>;
  /** The entry the last save or delete wants focus on (its id), consumed by the list. */
  focusEntryId: string | null;
  clearFocusEntry(): void;
  /** Each year's logged hours, once the overview has read them. */
  yearTotals: ReadonlyMap<number, number>;
  setYearTotals(totals: ReadonlyMap<number, number>): void;
}

export const LogContext = createContext<LogStore | null>(null);

/** The log's store, for any component inside the app shell. */
export function useLog(): LogStore {
  const store = useContext(LogContext);
  if (!store) throw new Error('useLog() outside <LogContext.Provider>');
  return store;
}
