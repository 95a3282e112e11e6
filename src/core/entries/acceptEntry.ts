import { issueMessage, type SchemaIssue } from '../backup/messages';
import { isRealIsoDate } from '../calendar/days';
import { EARLIEST_DATE, MAX_ENTRIES, TOO_MANY_ENTRIES_MESSAGE } from '../limits';
import { entrySchema, type Entry } from '../schemas/entry';

/**
 * The one gate every entry passes before it is stored: the form, a spreadsheet
 * import, a restore or merge, 标记为已申报, 再记一条类似的 and the upgrade of
 * stored data all ask it, so an entry is refused (or kept) for the same reason
 * and in the same words wherever it comes from.
 */

/** The log keeps study that has happened: nothing can be finished, declared or reviewed after today. */
export const FUTURE_DATE_MESSAGES = {
  endDate: '完成日期在今天之后：学时簿只记已完成的学习，学完后再记',
  declaredOn: '申报日期不能晚于今天',
  employerApprovedOn: '审核日期不能晚于今天',
  approvedOn: '审核日期不能晚于今天',
  returnedOn: '退回日期不能晚于今天',
} as const;

/**
 * A declaration, review or 退回 dated before 2000 is a typing slip: the
 * calendar of the log starts in 2000 (the schema already bounds the start and
 * completion dates the same way, with its own words).
 */
export const EARLY_DATE_MESSAGES = {
  declaredOn: '申报日期早于 2000 年：学时簿的日历从 2000 年开始，请检查年份',
  employerApprovedOn: '审核日期早于 2000 年：学时簿的日历从 2000 年开始，请检查年份',
  approvedOn: '审核日期早于 2000 年：学时簿的日历从 2000 年开始，请检查年份',
  returnedOn: '退回日期早于 2000 年：学时簿的日历从 2000 年开始，请检查年份',
} as const;

/** A field of the entry (as the schema names it), or `entry` for the entry as a whole (the log is full). */
export type EntryProblemField = keyof Entry | 'entry';

export interface EntryProblem {
  field: EntryProblemField;
  /** One Chinese message, without a final 。 unless the sentence needs it. */
  message: string;
}

export type EntryVerdict = { ok: true; entry: Entry } | { ok: false; problems: EntryProblem[] };

export interface GateContext {
  /** The device's calendar day (YYYY-MM-DD). */
  today: string;
  /** How many entries the log holds besides this one (for an edit, the others; for an import, those stored plus the rows accepted before it). */
  stored: number;
}

const HAN = /[\u4e00-\u9fff]/;
const NOT_AN_ENTRY = '这不是一条学时记录';

type FutureField = keyof typeof FUTURE_DATE_MESSAGES;
const FUTURE_FIELDS = Object.keys(FUTURE_DATE_MESSAGES) as FutureField[];
type EarlyField = keyof typeof EARLY_DATE_MESSAGES;
const EARLY_FIELDS = Object.keys(EARLY_DATE_MESSAGES) as EarlyField[];

function realDate(candidate: unknown, field: string): string | undefined {
  if (candidate === null || typeof candidate !== 'object' || Array.isArray(candidate)) return undefined;
  const value = (candidate as Record<string, unknown>)[field];
  return typeof value === 'string' && isRealIsoDate(value) ? value : undefined;
}

/**
 * Declaration, review and 退回 dates before 2000, in the gate's words. Exported
 * for a reader that checks a file before it knows today (a backup), so it says
 * the same as the gate.
 */
export function earlyDateProblems(candidate: unknown): EntryProblem[] {
  return EARLY_FIELDS.flatMap((field) => {
    const date = realDate(candidate, field);
    return date !== undefined && date < EARLIEST_DATE ? [{ field, message: EARLY_DATE_MESSAGES[field] }] : [];
  });
}

/**
 * Whether `candidate` may be stored: the log is not full, every date is a real
 * day between 2000 and today, and the entry schema holds (ways of its kind,
 * recording, declaration order, review after declaration…). Refused, it says
 * every field at fault once: a date's own problem (before 2000, after today)
 * before what the schema says about its order. Pure; nothing is stored here.
 */
export function acceptEntry(candidate: unknown, context: GateContext): EntryVerdict {
  const problems = new Map<EntryProblemField, string>();
  const add = (field: EntryProblemField, message: string) => {
    if (!problems.has(field)) problems.set(field, message);
  };
  if (context.stored >= MAX_ENTRIES) add('entry', TOO_MANY_ENTRIES_MESSAGE);
  for (const problem of earlyDateProblems(candidate)) add(problem.field, problem.message);
  for (const field of FUTURE_FIELDS) {
    const date = realDate(candidate, field);
    if (date !== undefined && date > context.today) add(field, FUTURE_DATE_MESSAGES[field]);
  }
  const parsed = entrySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'entry') as EntryProblemField;
      // Our schema speaks Chinese; a library's own English (a wrong type) is never shown.
      add(field, HAN.test(issue.message) ? issue.message : issue.path.length === 0 ? NOT_AN_ENTRY : issueMessage(issue as SchemaIssue));
    }
  }
  if (problems.size > 0 || !parsed.success) return { ok: false, problems: [...problems].map(([field, message]) => ({ field, message })) };
  return { ok: true, entry: parsed.data };
}

/** The problems as one line, field by field (for a spreadsheet row, a backup row, a note). */
export function problemsText(problems: readonly EntryProblem[]): string {
  return problems.map((problem) => problem.message).join('；');
}
