import { formatHours } from '../hours/formatHours';
import type { EntryFormValues } from '../forms/entryForm';
import { parseEntryForm } from '../forms/parseEntryForm';
import type { Entry } from '../schemas/entry';
import {
  KIND_LABELS,
  KINDS,
  RECORDING_LABELS,
  RECORDINGS,
  REVIEWER_LABELS,
  REVIEWERS,
  STATUS_LABELS,
  STATUSES,
  WAY_LABELS,
  WAYS,
  WAYS_BY_KIND,
  type Kind,
} from '../vocabulary';
import { unguardCell, writeCsv } from './csv';
import { LEGACY_HEADERS, OLD_STATUS_LABELS } from './legacyLabels';
import { CSV_FIELDS, type CsvField } from './csvFields';

export { CSV_FIELDS, type CsvField };

/** Entries as a spreadsheet: one row per entry, Chinese headers and labels. */
export function entriesToCsv(entries: readonly Entry[]): string {
  const sorted = [...entries].sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
  return writeCsv([
    CSV_FIELDS.map((field) => field.header),
    ...sorted.map(entryCsvCells),
  ]);
}

/** One entry's cells, in CSV_FIELDS order (shared with the multi-year spreadsheet). */
export function entryCsvCells(entry: Entry): string[] {
  return [
    entry.title,
    KIND_LABELS[entry.kind],
    WAY_LABELS[entry.way],
    entry.wayNote ?? '',
    entry.startDate,
    entry.endDate,
    formatHours(entry.hoursTenths),
    entry.providerName ?? '',
    RECORDING_LABELS[entry.recording],
    entry.recording === 'platform' ? '' : STATUS_LABELS[entry.status],
    entry.declaredOn ?? '',
    entry.employerApprovedOn ?? '',
    entry.approvedOn ?? '',
    entry.returnedOn ?? '',
    entry.returnedBy ? REVIEWER_LABELS[entry.returnedBy] : '',
    entry.returnReason ?? '',
    entry.notes ?? '',
  ];
}

/** Which CSV column (index) fills each field; -1 leaves it empty. */
export type ColumnMapping = Record<CsvField, number>;

/** Other names spreadsheets use for a field, tried after the exact header. */
const SYNONYMS: Partial<Record<CsvField, readonly string[]>> = {
  title: ['名称', '课程名称', '培训名称', '项目'],
  kind: ['类别', '科目', '类型'],
  way: ['方式', '形式'],
  endDate: ['日期', '结束日期', '时间'],
  // Not 学分: credits are not 学时, so that column is never taken as hours unless the person chooses it.
  hours: ['课时'],
  provider: ['施教机构', '培训机构', '单位', '主办单位'],
  notes: ['说明'],
  ...LEGACY_HEADERS,
};

/**
 * Matches columns to fields: the exact Chinese header first, then a header
 * containing it, then common synonyms; each column fills at most one field.
 * A starting point the person can change before importing.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const clean = headers.map((header) => header.trim());
  const used = new Set<number>();
  const mapping = Object.fromEntries(CSV_FIELDS.map((field) => [field.key, -1])) as ColumnMapping;
  const claim = (field: CsvField, test: (header: string) => boolean) => {
    if (mapping[field] >= 0) return;
    const index = clean.findIndex((header, position) => !used.has(position) && header !== '' && test(header));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  };
  for (const field of CSV_FIELDS) claim(field.key, (header) => header === field.header);
  for (const field of CSV_FIELDS) claim(field.key, (header) => header.includes(field.header));
  for (const field of CSV_FIELDS) claim(field.key, (header) => (SYNONYMS[field.key] ?? []).includes(header));
  return mapping;
}

function codeFor<T extends string>(value: string, codes: readonly T[], labels: Record<T, string>): string {
  const text = value.trim();
  const found = codes.find((code) => code === text || labels[code] === text);
  if (found) return found;
  // Spreadsheet shorthands: 公需 / 专业, 平台 / 申报.
  const partial = codes.find((code) => labels[code].includes(text) && text !== '');
  return partial ?? text;
}

/** Normalises a date typed in a spreadsheet (2025/3/1, 2025.03.01, 2025年3月1日) to YYYY-MM-DD. */
export function normaliseDate(value: string): string {
  const match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(value);
  if (!match) return value.trim();
  return `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
}

/** Headers that look like 学时 but are not, to warn about when 学时 is not mapped. */
export function creditColumns(headers: readonly string[]): string[] {
  return headers.map((header) => header.trim()).filter((header) => header.includes('学分'));
}

export interface CsvRowResult {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  entry?: Entry;
  errors: string[];
}

/**
 * Turns data rows into entries through the same form parser the app uses (and
 * so through the gate every entry passes), so a row is valid exactly when the
 * form would accept it, with the form's words. Each row reports its own errors
 * by spreadsheet row number; a row past the log's limit (counting the entries
 * `stored` and the rows accepted before it) is refused too.
 */
export function csvRowsToEntries(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  context: {
    newId: () => string;
    baseNumberOf: (name: string) => number | undefined;
    /** The device's day: a row dated after it is refused. */
    today: string;
    /** Entries already in the log. */
    stored: number;
    /** The share of rows checked so far, every few hundred rows. */
    onProgress?: (fraction: number) => void;
  },
): CsvRowResult[] {
  let accepted = 0;
  return rows.map((row, index) => {
    if (index % 500 === 499) context.onProgress?.(index / rows.length);
    // The export guards cells that start like a formula with an apostrophe; take it off again.
    const cell = (field: CsvField) => (mapping[field] >= 0 ? unguardCell((row[mapping[field]] ?? '').trim()) : '');
    const kindText = codeFor(cell('kind'), KINDS, KIND_LABELS);
    const kind: Kind | undefined = (KINDS as readonly string[]).includes(kindText) ? (kindText as Kind) : undefined;
    const wayText = cell('way');
    // The kind's own ways first (在线学习 vs 线上学习), then any way, so a mismatch gets the schema's clear message.
    const ownWay = kind ? codeFor(wayText, WAYS_BY_KIND[kind], WAY_LABELS) : wayText;
    const way = (WAYS as readonly string[]).includes(ownWay) ? ownWay : codeFor(wayText, WAYS, WAY_LABELS);
    // Without a 记录方式 column a row is 需申报: a spreadsheet never makes hours count as platform-recorded unless it says so.
    const recording = cell('recording') === '' ? 'declare' : codeFor(cell('recording'), RECORDINGS, RECORDING_LABELS);
    const statusText = cell('status');
    const status = statusText === '' ? 'notDeclared' : (OLD_STATUS_LABELS[statusText] ?? codeFor(statusText, STATUSES, STATUS_LABELS));
    const endDate = normaliseDate(cell('endDate'));
    const values: EntryFormValues = {
      title: cell('title'),
      kind: kindText,
      way,
      wayNote: cell('wayNote'),
      startDate: cell('startDate') === '' ? endDate : normaliseDate(cell('startDate')),
      endDate,
      hours: cell('hours'),
      provider: cell('provider'),
      recording,
      status,
      declaredOn: normaliseDate(cell('declaredOn')),
      employerApprovedOn: normaliseDate(cell('employerApprovedOn')),
      approvedOn: normaliseDate(cell('approvedOn')),
      returnedOn: normaliseDate(cell('returnedOn')),
      returnedBy: codeFor(cell('returnedBy'), REVIEWERS, REVIEWER_LABELS),
      returnReason: cell('returnReason'),
      notes: cell('notes'),
    };
    const result = parseEntryForm(values, {
      id: context.newId(),
      baseNumberOf: context.baseNumberOf,
      today: context.today,
      stored: context.stored + accepted,
      // A 申报状态 written beside 平台学习入口自动记录 contradicts it: said, not silently dropped.
      statusGiven: statusText !== '',
    });
    const rowNumber = index + 2;
    if (result.ok) {
      accepted += 1;
      return { rowNumber, entry: result.entry, errors: [] };
    }
    // A start date copied from the end date would only repeat the end date's error.
    const errors = cell('startDate') === '' ? { ...result.errors, startDate: undefined } : result.errors;
    return { rowNumber, errors: Object.values(errors).filter((message): message is string => Boolean(message)) };
  });
}
