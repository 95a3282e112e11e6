import { describe, expect, it } from 'vitest';
import { backupNudge } from '../../../src/core/backup/nudge';
import { evaluateYear } from '../../../src/core/rules/evaluateYear';
import { yearHeadline } from '../../../src/core/rules/describe';
import { deadlineReminder } from '../../../src/core/rules/reminder';
import { CALENDAR, entry, RULE_2025 } from '../../helpers/engine';

describe('deadlineReminder', () => {
  it.each([
    ['2025-10-01', null],
    ['2025-11-01', null],
    ['2025-11-02', '含今天还有 60 天'],
    ['2025-11-27', '含今天还有 35 天'],
    ['2025-12-20', '含今天还有 12 天'],
    ['2025-12-26', '含今天还有 6 天'],
    ['2026-01-02', null],
  ])('an unmet 2025 as of %s → %s', (asOf, text) => {
    const report = evaluateYear(RULE_2025, [entry({ hoursTenths: 300 })], { asOf, calendar: CALENDAR });
    const reminder = deadlineReminder(report);
    if (text === null) expect(reminder).toBeNull();
    else {
      expect(reminder).toContain(text);
      // The reminder says the dashboard's own sentence, never a figure of its own.
      expect(reminder).toContain(yearHeadline(report));
    }
  });

  it('says nothing once the year is met', () => {
    const met = evaluateYear(RULE_2025, [entry({ hoursTenths: 300 }), entry({ kind: 'professional', status: 'approved', declaredOn: '2025-05-01', hoursTenths: 600 })], { asOf: '2025-12-26', calendar: CALENDAR });
    expect(deadlineReminder(met)).toBeNull();
  });
});

describe('backupNudge', () => {
  const base = { lastBackupAt: '2025-11-20T08:00:00.000Z', changesSinceBackup: 0, entryCount: 5, persisted: true, today: '2025-11-27' };
  it.each([
    [{}, null],
    [{ entryCount: 0, lastBackupAt: null }, null],
    [{ lastBackupAt: null }, '还没有备份过'],
    [{ changesSinceBackup: 20 }, '已有 20 处修改'],
    [{ today: '2025-12-20' }, '已有 30 天没有备份'],
    [{ persisted: false, changesSinceBackup: 1 }, '浏览器没有答应保留这些记录'],
    [{ persisted: false }, null],
  ])('%j → %s', (change, text) => {
    const nudge = backupNudge({ ...base, ...change });
    if (text === null) expect(nudge).toBeNull();
    else expect(nudge).toContain(text);
  });
});
