import { describe, expect, it } from 'vitest';
import { previewRestore, refusedRestoreMessage } from '../../../../src/core/backup/plan';
import { readBackup } from '../../../../src/core/backup/readBackup';
import { writeBackup } from '../../../../src/core/backup/writeBackup';
import { CSV_FIELDS, csvRowsToEntries, entryCsvCells, guessMapping } from '../../../../src/core/csv/entriesCsv';
import { markDeclared } from '../../../../src/core/declare/markDeclared';
import { acceptEntry, EARLY_DATE_MESSAGES, FUTURE_DATE_MESSAGES, problemsText, type EntryProblem } from '../../../../src/core/entries/acceptEntry';
import { migrateEntryV1, refusedOnUpgrade } from '../../../../src/core/entries/migrateEntry';
import { entryFormFromEntry, entryFormFromTemplate } from '../../../../src/core/forms/entryForm';
import { parseEntryForm } from '../../../../src/core/forms/parseEntryForm';
import { MAX_ENTRIES, TOO_MANY_ENTRIES_MESSAGE } from '../../../../src/core/limits';
import type { Entry } from '../../../../src/core/schemas/entry';
import { STATUS_LABELS } from '../../../../src/core/vocabulary';
import { sampleBackup } from '../../../helpers/backupFixtures';

/** The device's day in every row: the last day of 2026. */
const TODAY = '2026-12-31';

const fine = {
  id: 'row',
  title: '医疗质量管理',
  kind: 'professional',
  way: 'training',
  startDate: '2026-06-01',
  endDate: '2026-06-02',
  hoursTenths: 80,
  recording: 'declare',
  status: 'notDeclared',
} as const;

type Door = 'form' | 'csv' | 'restore' | 'markDeclared' | 'upgrade';

interface HostileRow {
  name: string;
  row: Record<string, unknown>;
  /** Entries already stored. */
  stored?: number;
  /** What the gate says, field by field (a field whose words are the schema's is checked against the gate's own answer). */
  expected: { field: EntryProblem['field']; message?: string }[];
  /** Doors that cannot be handed this row, and why. */
  notThrough?: Partial<Record<Door, string>>;
}

const ROWS: HostileRow[] = [
  {
    name: 'a completion date after today',
    row: { ...fine, startDate: '2026-12-20', endDate: '2027-01-02' },
    expected: [{ field: 'endDate', message: FUTURE_DATE_MESSAGES.endDate }],
    notThrough: { markDeclared: 'marking a declaration never changes the completion date' },
  },
  {
    name: 'a declaration date after today',
    row: { ...fine, status: 'declared', declaredOn: '2027-01-01' },
    expected: [{ field: 'declaredOn', message: FUTURE_DATE_MESSAGES.declaredOn }],
  },
  {
    name: 'a declaration before completion',
    row: { ...fine, status: 'declared', declaredOn: '2026-05-30' },
    expected: [{ field: 'declaredOn', message: '申报日期不能早于完成日期' }],
    notThrough: { upgrade: 'the version 1 migration moves such a declaration to the completion date and says so (migrateEntry.test.ts)' },
  },
  {
    name: 'a declaration in 1999',
    row: { ...fine, status: 'declared', declaredOn: '1999-12-31' },
    expected: [{ field: 'declaredOn', message: EARLY_DATE_MESSAGES.declaredOn }],
    notThrough: { upgrade: 'the version 1 migration moves such a declaration to the completion date and says so' },
  },
  {
    name: 'a course studied in 1999',
    row: { ...fine, startDate: '1999-05-01', endDate: '1999-05-02' },
    expected: [{ field: 'startDate' }, { field: 'endDate' }],
    notThrough: { markDeclared: 'marking a declaration never changes the study dates' },
  },
  {
    name: 'a completion on 2025-02-30',
    row: { ...fine, startDate: '2025-02-01', endDate: '2025-02-30' },
    expected: [{ field: 'endDate', message: '完成日期不是有效的日期' }],
    notThrough: { markDeclared: 'marking a declaration never changes the completion date' },
  },
  {
    name: 'platform-recorded online study marked as declared',
    row: { ...fine, kind: 'public', way: 'onlineStudy', recording: 'platform', status: 'declared', declaredOn: '2026-06-05' },
    expected: [{ field: 'status' }],
    notThrough: {
      form: 'the form hides the 申报状态 of platform hours, so it cannot say both',
      markDeclared: 'marking a declaration makes the entry 需申报 on purpose',
    },
  },
  {
    name: 'one entry more than the log holds',
    row: { ...fine },
    stored: MAX_ENTRIES,
    expected: [{ field: 'entry', message: TOO_MANY_ENTRIES_MESSAGE }],
    notThrough: {
      restore: 'a backup holds at most the limit (its format refuses more); a merge past it is refused by the write (tests/db)',
      markDeclared: 'marking changes an entry already stored, adding none',
      upgrade: 'an upgrade changes entries already stored, adding none',
    },
  },
];

const HEADERS = CSV_FIELDS.map((field) => field.header);
const STATUS_COLUMN = CSV_FIELDS.findIndex((field) => field.key === 'status');

/** Every door's verdict on a row, as the messages it shows (undefined: stored). */
const DOORS: Record<Door, (row: Record<string, unknown>, stored: number) => string[] | undefined> = {
  form: (row, stored) => {
    const result = parseEntryForm(entryFormFromEntry(row as Entry), { id: 'form', baseNumberOf: () => undefined, today: TODAY, stored });
    return result.ok ? undefined : Object.values(result.errors).filter((message): message is string => message !== undefined);
  },
  csv: (row, stored) => {
    const cells = entryCsvCells(row as Entry);
    cells[STATUS_COLUMN] = STATUS_LABELS[row['status'] as Entry['status']];
    const [result] = csvRowsToEntries([cells], guessMapping(HEADERS), { newId: () => 'csv', baseNumberOf: () => undefined, today: TODAY, stored });
    expect(result?.rowNumber).toBe(2);
    return result?.entry ? undefined : result?.errors;
  },
  restore: (row) => {
    const backup = { ...sampleBackup(), evidence: [], entries: [{ entry: row as Entry, createdAt: '2026-06-02T08:00:00.000Z', updatedAt: '2026-06-02T08:00:00.000Z' }] };
    const read = readBackup(writeBackup(backup));
    // A row the schema refuses is refused as the file is read; a date after today, in the preview that knows today.
    if (!read.ok) return [read.message];
    const refused = previewRestore([], read.backup, new Set(), TODAY).refused;
    return refused.length === 0 ? undefined : refused.map((item) => item.message);
  },
  markDeclared: (row) => {
    const { declaredOn, status: _status, ...rest } = row;
    const result = markDeclared({ ...rest, status: 'notDeclared' } as Entry, String(declaredOn ?? TODAY), TODAY);
    if (result.ok) return undefined;
    return result.problem === 'refused' ? [result.message] : [result.problem];
  },
  upgrade: (row) => {
    const refusal = refusedOnUpgrade(migrateEntryV1(row).entry, TODAY);
    return refusal === undefined ? undefined : [refusal.message];
  },
};

describe('the entry gate', () => {
  it('accepts study finished, declared and approved today, and one entry below the limit', () => {
    const today = { ...fine, endDate: TODAY, status: 'approved', declaredOn: TODAY, employerApprovedOn: TODAY, approvedOn: TODAY };
    expect(acceptEntry(today, { today: TODAY, stored: MAX_ENTRIES - 1 })).toMatchObject({ ok: true, entry: { approvedOn: TODAY } });
  });

  it('refuses what is not an entry at all, in Chinese, without throwing', () => {
    for (const value of [null, 'text', [], {}]) {
      const verdict = acceptEntry(value, { today: TODAY, stored: 0 });
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.problems.every((problem) => /[\u4e00-\u9fff]/.test(problem.message))).toBe(true);
    }
  });

  describe.each(ROWS)('$name', ({ row, stored = 0, expected, notThrough = {} }) => {
    const verdict = acceptEntry(row, { today: TODAY, stored });

    it('is refused by the gate, once per field, in its words', () => {
      expect(verdict.ok).toBe(false);
      if (verdict.ok) return;
      expect(verdict.problems.map((problem) => problem.field)).toEqual(expected.map((problem) => problem.field));
      for (const [index, problem] of expected.entries()) if (problem.message !== undefined) expect(verdict.problems[index]?.message).toBe(problem.message);
    });

    it.each(Object.keys(DOORS) as Door[])('is refused at the %s door with the same message', (door) => {
      if (verdict.ok) throw new Error('the gate accepted a hostile row');
      const shown = DOORS[door](row, stored);
      if (notThrough[door] !== undefined) return;
      expect(shown, door).toBeDefined();
      const messages = verdict.problems.map((problem) => problem.message);
      const text = (shown ?? []).join('；');
      if (door === 'form') {
        expect([...(shown ?? [])].sort()).toEqual([...messages].sort());
      } else if (door === 'csv') {
        expect(shown).toEqual(messages);
      } else if (door === 'restore' && !text.startsWith('第 1 条记录有误')) {
        expect(text).toBe(problemsText(verdict.problems));
      } else {
        // The backup read, 标记为已申报 and the upgrade say the gate's first words (with the row's place, for a backup).
        expect(text).toContain(door === 'markDeclared' ? (verdict.problems.find((problem) => problem.field === 'declaredOn') ?? verdict.problems[0])!.message : messages[0]!);
      }
    });
  });
});

describe('再记一条类似的 never carries a hostile date', () => {
  it.each(ROWS.filter((item) => item.stored === undefined))('from $name: dated today, nothing declared', ({ row }) => {
    const values = entryFormFromTemplate({ ...(row as Entry) }, TODAY);
    expect([values.startDate, values.endDate, values.declaredOn, values.status]).toEqual([TODAY, TODAY, '', 'notDeclared']);
    const result = parseEntryForm(values, { id: 'again', baseNumberOf: () => undefined, today: TODAY, stored: 0 });
    expect(result.ok).toBe(true);
  });
});

describe('a backup holding an entry the gate refuses', () => {
  it('lists it in the preview and is restored neither by merge nor by replace, with a message naming it', () => {
    const backup = sampleBackup();
    const [first] = backup.entries;
    if (!first) throw new Error('the sample backup has entries');
    const later = { ...backup, entries: [...backup.entries, { ...first, entry: { ...first.entry, id: 'later', title: '明年的课', startDate: '2027-01-02', endDate: '2027-01-02' } }] };
    const preview = previewRestore([], later, new Set(), TODAY);
    expect(preview.refused).toEqual([{ number: later.entries.length, title: '明年的课', message: FUTURE_DATE_MESSAGES.endDate }]);
    const message = refusedRestoreMessage(preview.refused);
    expect(message).toContain(`第 ${later.entries.length} 条“明年的课”：${FUTURE_DATE_MESSAGES.endDate}`);
    expect(message).toContain('本次没有恢复');
  });
});
