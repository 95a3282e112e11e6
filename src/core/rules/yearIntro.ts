import { daysBetween } from '../calendar/days';
import { formatChineseDate } from '../calendar/chineseDate';
import { formatHours } from '../hours/formatHours';
import { ruleBasisLabel, ruleBasisText } from './basisText';
import type { ResolvedRule } from './resolveRule';

/** What the home page says about a year: its requirement, what it rests on and its deadline. */
export interface YearIntro {
  year: number;
  /** The year and its total: short enough for three lines on a phone. */
  heading: string;
  /** "（按2025年通知推定）" when the year has no notice of its own, shown whole after the heading; else null. */
  headingNote: string | null;
  /** The minimum of each kind, said under the heading; null when the rule sets no 公需 figure. */
  kinds: string | null;
  basis: string;
  /** Last day to finish and declare; null when the rule sets none. */
  declareBy: string | null;
  assumed: boolean;
}

/** A year's intro, from the rule resolved for it: its own notice, or the latest notice labelled 推定. Pure. */
export function yearIntro(rule: ResolvedRule): YearIntro {
  const report = { year: rule.year, basis: rule.basis, basisYear: rule.basisYear };
  // A no-break space holds 至少 to its figure, as the figure's own characters are held together.
  const heading = `${rule.year}年度继续教育：至少\u00a0${formatHours(rule.totalTenths)} 学时`;
  const kinds = rule.publicTenths !== null ? `其中公需科目 ≥ ${formatHours(rule.publicTenths)} 学时，专业科目 ≥ ${formatHours(rule.professionalTenths)} 学时。` : null;
  // A year without its own notice says so in the heading itself, not only in the line below it.
  const headingNote = rule.basis === 'assumed' ? `（${ruleBasisLabel(report)}）` : null;
  return { year: rule.year, heading, headingNote, kinds, basis: ruleBasisText(report), declareBy: rule.notice?.declareBy ?? null, assumed: rule.basis === 'assumed' };
}

/**
 * The deadline as of `today`, with the days left counted the way the log
 * counts them (today included); null when the year has no deadline. Kept apart
 * from `yearIntro` so the home page's script needs only this.
 */
export function introDeadline(intro: Pick<YearIntro, 'year' | 'declareBy' | 'assumed'>, today: string): string | null {
  if (intro.declareBy === null) return null;
  const date = formatChineseDate(intro.declareBy);
  const daysLeft = daysBetween(today, intro.declareBy) + 1;
  const assumed = intro.assumed ? '（推定）' : '';
  if (daysLeft > 1) return `学习和学时申报最迟应于${date}完成${assumed}，含今天还有 ${daysLeft} 天。`;
  if (daysLeft === 1) return `今天（${date}）是学时申报的最后一天${assumed}。`;
  return `${intro.year}年度的学时申报已于${date}截止${assumed}。`;
}
