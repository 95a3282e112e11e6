import { parseHoursText } from '../hours/parseHours';
import { DIGITISH, readDigits } from './normalizeOcrText';
import { sure, unsure, type Suggestion } from './suggestion';

export interface HoursReading {
  hoursTenths?: Suggestion<number>;
  messages: string[];
}

const D = DIGITISH;
const AMOUNT = `(${D}+(?:\\.${D}+)?)`;
/** "24学时", "共计 24 个课时"; not "24学时制" and never 学分. */
const AMOUNT_THEN_UNIT = new RegExp(`(?<![\\dA-Za-z.])${AMOUNT}个?(学时|课时)`, 'g');
/** "学时：12.5", "课时数 8", "总学时24"; not 每课时45分钟. */
const UNIT_THEN_AMOUNT = new RegExp(`(?<!每)(?:培训|获得|认定|总)?(学时|课时)数?[:]?\\s*${AMOUNT}(?![\\d.年月日号/-])(?!\\s*学分)`, 'g');
const CREDITS = new RegExp(`${AMOUNT}个?学分|学分[:]?\\s*${AMOUNT}`, 'g');
/** The course's own total; 累计 is left out, as it is most often the year's sum over many courses. */
const TOTAL = /(?:共计|合计|总计|总|共)[^\d]{0,4}$/;

/**
 * A figure the engine may have cut short: right after a sign that is often a
 * misread 1 or a rule's remnant ("| 2" for 12), or after a doubted character.
 */
function cutShort(line: string, at: number): boolean {
  return /[|Il!\ufffd] ?$/.test(line.slice(Math.max(0, at - 2), at));
}

function tenthsOf(run: string | undefined): number | null {
  const digits = readDigits(run ?? '');
  if (digits === null) return null;
  const parsed = parseHoursText(digits);
  return parsed.ok ? parsed.tenths : null;
}

/**
 * 学时 as the certificate states them. A figure in 学分 is never taken for
 * 学时: the site knows no rate between the two, so the person asks the issuer.
 */
export function readCertificateHours(lines: readonly string[]): HoursReading {
  const found: { tenths: number; total: boolean; cut: boolean }[] = [];
  const credits: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(AMOUNT_THEN_UNIT)) {
      const tenths = tenthsOf(match[1]);
      if (tenths !== null) found.push({ tenths, total: TOTAL.test(line.slice(0, match.index)), cut: cutShort(line, match.index) });
    }
    for (const match of line.matchAll(UNIT_THEN_AMOUNT)) {
      const tenths = tenthsOf(match[2]);
      const at = match.index + match[0].length - (match[2] ?? '').length;
      if (tenths !== null) found.push({ tenths, total: /^(?:总)/.test(match[0]) || TOTAL.test(line.slice(0, match.index)), cut: cutShort(line, at) });
    }
    for (const match of line.matchAll(CREDITS)) {
      const digits = readDigits(match[1] ?? match[2] ?? '');
      if (digits !== null) credits.push(digits);
    }
  }
  const messages: string[] = [];
  const distinct = [...new Set(found.map((figure) => figure.tenths))];
  if (distinct.length === 0) {
    if (credits.length > 0) messages.push(`证书上写的是${credits[0]}学分，不是学时，没有填入；请向发证机构确认学时数后填写。`);
    return { messages };
  }
  if (distinct.length === 1) return { hoursTenths: found.some((figure) => figure.cut) ? unsure(distinct[0] as number) : sure(distinct[0] as number), messages };
  const totals = [...new Set(found.filter((figure) => figure.total).map((figure) => figure.tenths))];
  if (totals.length === 1) return { hoursTenths: sure(totals[0] as number), messages };
  messages.push('证书上有不止一个学时数，请核对后填写。');
  return { hoursTenths: unsure(distinct[0] as number), messages };
}
