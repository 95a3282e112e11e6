import { daysBetween } from '../calendar/days';
import { formatChineseDate, formatHours } from '../format/chineseDate';
import { ruleBasisText } from './basisText';
import type { ResolvedRule } from './resolveRule';

/** What the home page says about the year a date falls in: its requirement, what it rests on and its deadline. */
export interface YearIntro {
  year: number;
  heading: string;
  basis: string;
  /** The deadline with the days left, counted the way the log counts them; null when the rule sets none. */
  deadline: string | null;
  /** The notice the figures rest on, for a link; null under the national rule. */
  policyYear: number | null;
}

/**
 * The current year's intro for `today`, built from the rule resolved for
 * today's year: its own notice, or the latest notice labelled 推定. Pure.
 */
export function yearIntro(rule: ResolvedRule, today: string): YearIntro {
  const report = { year: rule.year, basis: rule.basis, basisYear: rule.basisYear };
  const minimum = `${rule.year}年度继续教育：至少 ${formatHours(rule.totalTenths)} 学时`;
  const kinds = rule.publicTenths > 0 ? `（公需科目 ≥ ${formatHours(rule.publicTenths)} 学时，专业科目 ≥ ${formatHours(rule.professionalTenths)} 学时）` : '';
  let deadline: string | null = null;
  if (rule.notice !== null) {
    const date = formatChineseDate(rule.notice.declareBy);
    const daysLeft = daysBetween(today, rule.notice.declareBy) + 1;
    const assumed = rule.basis === 'assumed' ? '（推定）' : '';
    deadline =
      daysLeft > 1
        ? `学习和学时申报最迟应于${date}完成${assumed}，含今天还有 ${daysLeft} 天。`
        : daysLeft === 1
          ? `今天（${date}）是学时申报的最后一天${assumed}。`
          : `${rule.year}年度的学时申报已于${date}截止${assumed}。`;
  }
  return { year: rule.year, heading: `${minimum}${kinds}`, basis: ruleBasisText(report), deadline, policyYear: rule.basisYear };
}
