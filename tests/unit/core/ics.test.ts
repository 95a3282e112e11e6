import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { alarmDays, alarmTrigger, deadlineCalendar } from '../../../src/core/calendar/deadlineIcs';
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

  it('reminds 30, 14, 7 and 1 days before each event at 09:00 local time, dropping those already past', () => {
    const triggers = events.map((event) => event.component.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstPropertyValue('trigger')?.toString()));
    // Made on 2025-11-27: the deadline (12-31) is 34 days ahead, the advised day (12-17) 20 days ahead, so its 30-day reminder would be past.
    expect(triggers).toEqual([
      ['-P29DT15H', '-P13DT15H', '-P6DT15H', '-PT15H'],
      ['-P13DT15H', '-P6DT15H', '-PT15H'],
    ]);
  });

  const fireTimes = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').flatMap((component) => {
      const event = new ICAL.Event(component);
      return component.getAllSubcomponents('valarm').map((alarm) => {
        const at = event.startDate.clone();
        at.isDate = false;
        at.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
        return at.toString();
      });
    });

  it.each([
    ['2025-11-27', '20251127T080000Z'],
    ['2025-12-10', '20251210T080000Z'],
    ['2025-12-16', '20251216T080000Z'],
    ['2025-12-30', '20251230T080000Z'],
  ])('made on %s: every reminder rings at 09:00 on a later day, in floating local time', (asOf, stamp) => {
    const ics = deadlineCalendar(evaluateYear(RULE_2025, [], { asOf, calendar: CALENDAR }), stamp);
    const times = fireTimes(ics);
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      expect(time.slice(11)).toBe('09:00:00');
      expect(time.slice(0, 10) > asOf, time).toBe(true);
    }
    expect(ics).not.toMatch(/TRIGGER;VALUE=DATE-TIME|TZID|T\d{6}Z\r\nEND:VALARM/);
  });

  it('an event tomorrow keeps one reminder on its own morning; an event today or past keeps none', () => {
    expect(alarmDays('2025-12-31', '2025-12-30')).toEqual([0]);
    expect(alarmDays('2025-12-31', '2025-12-31')).toEqual([]);
    expect(alarmDays('2025-12-31', '2026-01-05')).toEqual([]);
    expect(alarmDays('2025-12-31', '2025-12-29')).toEqual([1]);
    expect(alarmTrigger(0)).toBe('PT9H');
    expect(alarmTrigger(30)).toBe('-P29DT15H');
  });

  it('labels an advised day counted over a year without a holiday schedule', () => {
    const ics = deadlineCalendar(evaluateYear(resolveRule(2027, RULE_SETS), [], { asOf: '2027-11-01', calendar: CALENDAR }), '20271101T080000Z');
    const advised = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))[1];
    expect(advised?.summary).toBe('2027年度学时建议最晚申报日（本站建议）（节假日安排按推定）');
    expect(advised?.description).toContain('最晚于2027年12月17日（节假日安排按推定）申报');
    expect(events[1]?.summary).not.toContain('按推定');
  });

  it('follows the line rules: CRLF, at most 75 octets a line', () => {
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
