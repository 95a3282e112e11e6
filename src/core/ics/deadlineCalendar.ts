import { addDays } from '../calendar/days';
import { formatChineseDate } from '../format/chineseDate';
import type { YearReport } from '../rules/report';

/** Days before each event at which the calendar app should remind. */
export const ALARM_DAYS = [30, 14, 7, 1] as const;

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
 * An iCalendar file with the year's declaration deadline and latest safe
 * declaration day as all-day events, each reminding 30, 14, 7 and 1 days ahead.
 * `stamp` (YYYYMMDDTHHMMSSZ) is passed in, so the output is deterministic.
 */
export function deadlineCalendar(report: YearReport, stamp: string): string {
  const { deadline } = report;
  const events: CalendarEvent[] = [
    {
      uid: `deadline-${report.year}@xueshibu`,
      date: deadline.declareBy,
      summary: `${report.year}年度继续教育学时申报截止`,
      description: `${report.year}年度继续教育任务和学时申报须在${formatChineseDate(deadline.declareBy)}前完成。当年学时不结转。（学时簿）`,
    },
  ];
  if (deadline.latestSafeDeclarationDate !== null) {
    events.push({
      uid: `safe-declaration-${report.year}@xueshibu`,
      date: deadline.latestSafeDeclarationDate,
      summary: `${report.year}年度学时最晚稳妥申报日`,
      description: `在此日前申报，用人单位和行业主管部门的审核（各不超过 5 个工作日）可在${formatChineseDate(deadline.declareBy)}前完成。（学时簿）`,
    });
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
    for (const days of ALARM_DAYS) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(`${event.summary}（还有 ${days} 天）`)}`, `TRIGGER:-P${days}D`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
