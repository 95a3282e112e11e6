import { formatChineseDate } from '../calendar/chineseDate';
import { isRealIsoDate } from '../calendar/days';
import { EARLIEST_DATE } from '../limits';
import { END_LABELS, ISSUE_LABELS, START_LABELS, STUDY_PERIOD_LABELS, ALL_LABELS } from './certificateLabels';
import { DIGITISH, readDigits } from './normalizeOcrText';
import { sure, unsure, type Suggestion } from './suggestion';

interface DateParts {
  year?: number;
  month?: number;
  day: number;
}

interface DateMention {
  start: DateParts;
  end?: DateParts;
  text: string;
  role: 'study' | 'start' | 'end' | 'issue' | 'unlabelled';
}

export interface DateReading {
  startDate?: Suggestion<string>;
  endDate?: Suggestion<string>;
  messages: string[];
}

const D = DIGITISH;
const PATTERNS = {
  fullChinese: new RegExp(`(${D}{4})年(${D}{1,2})月(${D}{1,2})[日号]?`, 'y'),
  fullNumeric: new RegExp(`(${D}{4}) ?([./-]) ?(${D}{1,2}) ?\\2 ?(${D}{1,2})(?!\\d)`, 'y'),
  monthDay: new RegExp(`(?<!年)(${D}{1,2})月(${D}{1,2})[日号]?`, 'y'),
  dayOnly: new RegExp(`(${D}{1,2})[日号]`, 'y'),
  /** "3.7" in 2026.3.5-3.7: only ever the end of a range, where a year has just been written. */
  monthDayNumeric: new RegExp(`(${D}{1,2})[./](${D}{1,2})(?![\\d./])`, 'y'),
};
const RANGE_SEPARATOR = /\s*(?:至|到|—+|–|-|~|〜)\s*/y;

function number(run: string | undefined): number | null {
  const digits = readDigits(run ?? '');
  return digits === null ? null : Number(digits);
}

function partsAt(line: string, at: number, kinds: readonly (keyof typeof PATTERNS)[]): { parts: DateParts; end: number } | null {
  for (const kind of kinds) {
    const pattern = PATTERNS[kind];
    pattern.lastIndex = at;
    const match = pattern.exec(line);
    if (!match) continue;
    const groups = kind === 'fullNumeric' ? [match[1], match[3], match[4]] : match.slice(1);
    const values = groups.map(number);
    // One true digit per figure at least, or any run of l, I and O would read as a date.
    if (values.some((value) => value === null)) continue;
    const [a, b, c] = values as number[];
    if (kind === 'fullChinese' || kind === 'fullNumeric') {
      if (a === undefined || a < 1900 || a > 2100) continue;
      return { parts: { year: a, month: b as number, day: c as number }, end: pattern.lastIndex };
    }
    if (kind === 'monthDay' || kind === 'monthDayNumeric') return { parts: { month: a as number, day: b as number }, end: pattern.lastIndex };
    return { parts: { day: a as number }, end: pattern.lastIndex };
  }
  return null;
}

const LABEL_BEFORE = new RegExp(ALL_LABELS.join('|'), 'g');

function roleOf(before: string, after: string, isRange: boolean): DateMention['role'] {
  const labels = [...before.matchAll(LABEL_BEFORE)].map((match) => match[0]);
  const label = labels[labels.length - 1];
  if (label !== undefined && /发证|颁发|签发|打印|生成/.test(label)) return 'issue';
  if (label !== undefined && START_LABELS.includes(label)) return 'start';
  if (label !== undefined && END_LABELS.includes(label)) return 'end';
  if (label !== undefined && STUDY_PERIOD_LABELS.includes(label)) return 'study';
  if (label !== undefined && ISSUE_LABELS.includes(label)) return isRange ? 'study' : 'issue';
  if (isRange) return 'study';
  // "于2026年3月5日参加…": the sentence itself says it is the day of study.
  if (/于$/.test(before) && /^(?:参加|参训|完成|在)/.test(after)) return 'study';
  return 'unlabelled';
}

function mentionsOn(line: string): DateMention[] {
  const mentions: DateMention[] = [];
  let at = 0;
  while (at < line.length) {
    const previous = line[at - 1] ?? '';
    const first = previous !== '' && /\d/.test(previous) ? null : partsAt(line, at, ['fullChinese', 'fullNumeric', 'monthDay']);
    if (first === null) {
      at += 1;
      continue;
    }
    let endAt = first.end;
    let second: DateParts | undefined;
    RANGE_SEPARATOR.lastIndex = first.end;
    if (RANGE_SEPARATOR.exec(line)) {
      const next = partsAt(line, RANGE_SEPARATOR.lastIndex, ['fullChinese', 'fullNumeric', 'monthDay', 'dayOnly', 'monthDayNumeric']);
      if (next !== null) {
        second = next.parts;
        endAt = next.end;
      } else if (/^\d/.test(line.slice(RANGE_SEPARATOR.lastIndex))) {
        // A range whose end cannot be read must not pass for its first day alone.
        at = RANGE_SEPARATOR.lastIndex;
        continue;
      }
    }
    const role = roleOf(line.slice(0, at), line.slice(endAt), second !== undefined);
    mentions.push({ start: first.parts, ...(second ? { end: second } : {}), text: line.slice(at, endAt), role });
    at = endAt;
  }
  return mentions;
}

function iso(parts: DateParts, year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(parts.month ?? month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** The period's ends as YYYY-MM-DD (not yet checked to be real days), and whether the year had to be guessed. */
function resolve(mention: DateMention, reference: string | null, today: string): { start: string; end: string; yearGuessed: boolean } {
  const endParts = mention.end ?? mention.start;
  const givenYear = mention.start.year ?? endParts.year;
  const month = mention.start.month as number;
  const build = (year: number) => {
    const start = iso(mention.start, mention.start.year ?? year, month);
    const end = iso(endParts, endParts.year ?? mention.start.year ?? year, endParts.month ?? month);
    return { start, end };
  };
  if (givenYear !== undefined) return { ...build(givenYear), yearGuessed: false };
  const limit = reference ?? today;
  const year = Number(limit.slice(0, 4));
  const guess = build(year);
  // A period later in the year than the certificate's own date (or today) was most likely the year before.
  return guess.end > limit ? { ...build(year - 1), yearGuessed: true } : { ...guess, yearGuessed: reference === null };
}

export function readCertificateDates(lines: readonly string[], today: string): DateReading {
  const mentions = lines.flatMap(mentionsOn);
  const messages: string[] = [];
  const full = (parts: DateParts) => iso(parts, parts.year ?? 0, parts.month ?? 0);
  const withYear = mentions.find((mention) => mention.start.year !== undefined && mention.end === undefined && isRealIsoDate(full(mention.start)));
  // Another full date on the certificate (most often the day it was issued) tells the year a bare 3月5日 belongs to.
  const reference = withYear === undefined ? null : full(withYear.start);
  for (const mention of mentions.filter((candidate) => candidate.role === 'issue' || candidate.role === 'unlabelled')) {
    const date = resolve(mention, reference, today).start;
    const said = isRealIsoDate(date) ? formatChineseDate(date) : mention.text;
    messages.push(mention.role === 'issue' ? `证书上的发证日期为${said}，不是学习的完成日期，没有填入。` : `证书上有日期${said}，但没有写明是学习日期，没有填入。`);
  }

  const study = mentions.filter((mention) => mention.role === 'study');
  const startOnly = mentions.find((mention) => mention.role === 'start');
  const endOnly = mentions.find((mention) => mention.role === 'end');
  let chosen: { start?: string; end?: string; guessed: boolean } | null = null;
  let ambiguous = false;
  if (study[0] !== undefined) {
    const first = resolve(study[0], reference, today);
    ambiguous = study.some((mention) => {
      const other = resolve(mention, reference, today);
      return other.start !== first.start || other.end !== first.end;
    });
    chosen = { start: first.start, end: first.end, guessed: first.yearGuessed };
  } else if (startOnly !== undefined || endOnly !== undefined) {
    const start = startOnly ? resolve(startOnly, reference, today) : undefined;
    const end = endOnly ? resolve(endOnly, reference, today) : undefined;
    chosen = { ...(start ? { start: start.start } : {}), ...(end ? { end: end.end } : {}), guessed: (start?.yearGuessed ?? false) || (end?.yearGuessed ?? false) };
  }
  if (chosen === null) return { messages };

  const problems = [chosen.start, chosen.end].filter((date): date is string => date !== undefined);
  if (problems.some((date) => !isRealIsoDate(date) || date < EARLIEST_DATE)) {
    messages.push('证书上的学习日期不是有效的日期，没有填入，请对照证书填写。');
    return { messages };
  }
  if (problems.some((date) => date > today)) {
    messages.push('证书上的学习日期晚于今天，没有填入，请对照证书核对。');
    return { messages };
  }
  if (chosen.start !== undefined && chosen.end !== undefined && chosen.start > chosen.end) {
    messages.push('证书上的学习日期前后不符，没有填入，请对照证书填写。');
    return { messages };
  }
  const make = chosen.guessed || ambiguous ? unsure : sure;
  if (chosen.guessed) messages.push('证书上的学习日期没有写年份，年份是推断的，请核对后填写。');
  if (ambiguous) messages.push('证书上有不止一段学习日期，请核对后填写。');
  return {
    ...(chosen.start !== undefined ? { startDate: make(chosen.start) } : {}),
    ...(chosen.end !== undefined ? { endDate: make(chosen.end) } : {}),
    messages,
  };
}
