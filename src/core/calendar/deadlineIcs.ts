import { addDays, daysBetween } from './days';
import { formatChineseDate } from './chineseDate';
import { advisedDeclarationText, ruleBasisText, yearHeadline } from '../rules/describe';
import type { YearReport } from '../rules/report';
import { CALENDAR_ESTIMATE_LABEL } from '../vocabulary';

/** Days before each event at which the calendar app should remind. */
export const ALARM_DAYS = [30, 14, 7, 1] as const;
/** The local hour every reminder rings at (the events are all-day, in the device's own time). */
export const ALARM_HOUR = 9;

/**
 * The TRIGGER of a reminder `days` before an all-day event, at ALARM_HOUR on
 * that day: relative to the event's start (00:00 floating local time), so it
 * rings at 09:00 wherever the device is. 0 days is the event's own morning.
 */
export function alarmTrigger(days: number): string {
  if (days === 0) return `PT${ALARM_HOUR}H`;
  const hoursBefore = 24 - ALARM_HOUR;
  return days === 1 ? `-PT${hoursBefore}H` : `-P${days - 1}DT${hoursBefore}H`;
}

/**
 * The reminders an event made on `today` keeps: only those on a day after
 * today (one today may already be past when the file is opened); an event
 * still ahead whose reminders all fell away keeps one on its own morning.
 * None for an event today or past.
 */
export function alarmDays(eventDate: string, today: string): number[] {
  const ahead = daysBetween(today, eventDate);
  if (ahead <= 0) return [];
  const kept = ALARM_DAYS.filter((days) => days < ahead);
  return kept.length > 0 ? kept : [0];
}

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a multi-byte character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basic = (isoDate: string) => isoDate.replace(/-/g, '');

interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
}

/**
 * An iCalendar file with the year's declaration deadline and the site's
 * advised latest declaration day as all-day events, each reminding 30, 14, 7
 * and 1 days ahead at 09:00 local time, never on a day already past (alarmDays). Descriptions use the year report's own words (the
 * headline, the deadline lines, the rule's basis), so the calendar says what
 * the dashboard says on the day it is made. Empty of events when the year's
 * rule sets no deadline. `stamp` (YYYYMMDDTHHMMSSZ) is passed in, so the output is deterministic.
 */
export function deadlineCalendar(report: YearReport, stamp: string): string {
  const { deadline } = report;
  const events: CalendarEvent[] = [];
  if (deadline !== null) {
    const basis = report.basis === 'notice' ? '' : ruleBasisText(report);
    events.push({
      uid: `deadline-${report.year}@xueshibu`,
      date: deadline.declareBy,
      summary: `${report.year}年度继续教育学时申报截止${report.basis === 'assumed' ? '（推定）' : ''}`,
      description: [
        `${report.year}年度的学习和学时申报最迟应于${formatChineseDate(deadline.declareBy)}完成，当年学时不得结转或顺延。`,
        basis,
        `制作本提醒时（${formatChineseDate(report.asOf)}）：${yearHeadline(report)}`,
        '（学时簿）',
      ].filter((part) => part !== '').join('\n'),
    });
    if (deadline.advisedDeclareBy !== null) {
      events.push({
        uid: `advised-declaration-${report.year}@xueshibu`,
        date: deadline.advisedDeclareBy,
        summary: `${report.year}年度学时建议最晚申报日（本站建议）${deadline.advisedEstimated ? CALENDAR_ESTIMATE_LABEL : ''}`,
        description: [
          `${advisedDeclarationText(deadline, deadline.advisedDeclareBy)}这是本站的建议，不是通知的规定。`,
          basis,
          '（学时簿）',
        ].filter((part) => part !== '').join('\n'),
      });
    }
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//xueshibu//学时簿//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText('学时簿提醒')}`];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(event.date)}`,
      `DTEND;VALUE=DATE:${basic(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
    );
    for (const days of alarmDays(event.date, report.asOf)) {
      const when = days === 0 ? '（就是今天）' : `（还有 ${days} 天）`;
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(`${event.summary}${when}`)}`, `TRIGGER:${alarmTrigger(days)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
