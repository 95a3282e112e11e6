import { isRealIsoDate } from '../calendar/days';
import type { RuleSet } from '../schemas/ruleSet';

/** Where each figure of a rule is stated: the notice's year and the paragraph id. */
export type RuleCitations = Record<
  'totalTenths' | 'publicTenths' | 'professionalTenths' | 'declareBy' | 'employerReviewWorkingDays' | 'authorityReviewWorkingDays' | 'carryOver',
  string
>;

/**
 * What a year's figures rest on: its own notice; the latest earlier notice
 * (推定, a year the site has no notice for yet); or, before the first notice the
 * site carries, only the national rule (人社部令第25号 art. 8).
 */
export type RuleBasis = 'notice' | 'assumed' | 'national';

/** The national rule's figures: at least 90 学时, 专业科目 generally at least two thirds; no 公需 figure (null) and no deadline. */
export const NATIONAL_RULE = { totalTenths: 900, professionalTenths: 600, publicTenths: null } as const;

/** The review limits and deadline a notice sets, with where it says so. */
export interface NoticeTerms {
  /** The notice the citations point into. */
  policyYear: number;
  declareBy: string;
  employerReviewWorkingDays: number;
  authorityReviewWorkingDays: number;
  carryOver: boolean;
  citations: RuleCitations;
}

/** A year's requirement with plain values, and what it rests on. */
export interface ResolvedRule {
  year: number;
  basis: RuleBasis;
  /** The notice year the figures come from; null under the national rule. */
  basisYear: number | null;
  totalTenths: number;
  /** Null where the rule sets no 公需 figure (the national rule alone). */
  publicTenths: number | null;
  professionalTenths: number;
  /** The deadline, review limits and citations; null under the national rule, which sets none. */
  notice: NoticeTerms | null;
}

/** Moves a date by whole years, keeping month and day (02-29 becomes 02-28 in a common year). */
function shiftYears(isoDate: string, years: number): string {
  const shifted = `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;
  return isRealIsoDate(shifted) ? shifted : `${shifted.slice(0, 8)}28`;
}

/**
 * The requirement for `year`: that year's own rule when carried; a later year
 * without one takes the latest earlier rule (推定, its deadline moved to the
 * same day of `year`); a year before every carried rule has only the national
 * rule, never a provincial figure borrowed from a later notice.
 */
export function resolveRule(year: number, rules: readonly RuleSet[]): ResolvedRule {
  if (rules.length === 0) throw new RangeError('no rule sets: content/rules must hold at least one');
  const byYear = [...rules].sort((a, b) => a.year - b.year);
  const own = byYear.find((rule) => rule.year === year);
  const basis = own ?? byYear.filter((rule) => rule.year < year).at(-1);
  if (basis === undefined) {
    return { year, basis: 'national', basisYear: null, ...NATIONAL_RULE, notice: null };
  }
  return {
    year,
    basis: own === undefined ? 'assumed' : 'notice',
    basisYear: basis.year,
    totalTenths: basis.totalTenths.value,
    publicTenths: basis.publicTenths.value,
    professionalTenths: basis.professionalTenths.value,
    notice: {
      policyYear: basis.policyYear,
      declareBy: shiftYears(basis.declareBy.value, year - basis.year),
      employerReviewWorkingDays: basis.employerReviewWorkingDays.value,
      authorityReviewWorkingDays: basis.authorityReviewWorkingDays.value,
      carryOver: basis.carryOver.value,
      citations: {
        totalTenths: basis.totalTenths.cite,
        publicTenths: basis.publicTenths.cite,
        professionalTenths: basis.professionalTenths.cite,
        declareBy: basis.declareBy.cite,
        employerReviewWorkingDays: basis.employerReviewWorkingDays.cite,
        authorityReviewWorkingDays: basis.authorityReviewWorkingDays.cite,
        carryOver: basis.carryOver.cite,
      },
    },
  };
}
