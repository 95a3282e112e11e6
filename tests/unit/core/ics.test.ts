import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineCalendar } from '../../../src/core/ics/deadlineCalendar';
import { evaluateYear } from '../../../src/core/rules/evaluateYear';
import { CALENDAR, RULE_2025 } from '../../helpers/engine';

const report = evaluateYear(RULE_2025, [], { asOf: '2025-11-27', calendar: CALENDAR });
const text = deadlineCalendar(report, '20251127T080000Z');

describe('deadline calendar (.ics), read with ical.js', () => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

  it('holds the deadline and the last safe day as all-day events on the right dates', () => {
    expect(events.map((event) => [event.summary, event.startDate.toString(), event.startDate.isDate])).toEqual([
      ['2025年度继续教育学时申报截止', '2025-12-31', true],
      ['2025年度学时最晚稳妥申报日', '2025-12-17', true],
    ]);
    expect(events[0]?.description).toContain('2025年12月31日前完成');
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
