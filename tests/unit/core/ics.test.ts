import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineCalendar } from '../../../src/core/calendar/deadlineIcs';
import { evaluateYear } from '../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../src/core/rules/resolveRule';
import { CALENDAR, RULE_2025, RULE_SETS } from '../../helpers/engine';

const report = evaluateYear(RULE_2025, [], { asOf: '2025-11-27', calendar: CALENDAR });
const text = deadlineCalendar(report, '20251127T080000Z');

describe('deadline calendar (.ics), read with ical.js', () => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

  it('holds the deadline and the last safe day as all-day events on the right dates', () => {
    expect(events.map((event) => [event.summary, event.startDate.toString(), event.startDate.isDate])).toEqual([
      ['2025年度继续教育学时申报截止', '2025-12-31', true],
      ['2025年度学时建议最晚申报日（本站建议）', '2025-12-17', true],
    ]);
    expect(events[0]?.description).toContain('最迟应于2025年12月31日完成');
    expect(events[0]?.description).toContain('还需学习 90 学时');
    expect(events[1]?.description).toContain('这是本站的建议，不是通知的规定');
  });

  it('labels an assumed year as 推定 in the event and its description', () => {
    const assumed = deadlineCalendar(evaluateYear(resolveRule(2026, RULE_SETS), [], { asOf: '2026-11-28', calendar: CALENDAR }), '20261128T080000Z');
    const [deadline] = new ICAL.Component(ICAL.parse(assumed)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(deadline?.summary).toBe('2026年度继续教育学时申报截止（推定）');
    expect(deadline?.description).toContain('按2025年通知推定，以当年通知为准');
  });

  it('has no event for a year whose rule sets no deadline', () => {
    const national = deadlineCalendar(evaluateYear(resolveRule(2024, RULE_SETS), [], { asOf: '2026-11-28', calendar: CALENDAR }), '20261128T080000Z');
    expect(national).not.toContain('BEGIN:VEVENT');
  });

  it('reminds 30, 14, 7 and 1 days before each event', () => {
    for (const event of events) {
      const triggers = event.component.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstPropertyValue('trigger')?.toString());
      expect(triggers).toEqual(['-P30D', '-P14D', '-P7D', '-P1D']);
    }
  });

  it('follows the line rules: CRLF, at most 75 octets a line', () => {
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
