import { isRealIsoDate } from '../calendar/days';
import type { RuleSet } from '../schemas/ruleSet';

/** Where each figure of a rule is stated: the notice's year and the paragraph id. */
export type RuleCitations = Record<
  'totalTenths' | 'publicTenths' | 'professionalTenths' | 'declareBy' | 'employerReviewWorkingDays' | 'authorityReviewWorkingDays' | 'carryOver',
  string
>;

/** A year's requirement with plain values, and whether it is the year's own or assumed from another. */
export interface ResolvedRule {
  year: number;
  /** True when the site carries no notice for this year and the figures are taken from `basisYear`. */
  assumed: boolean;
  /** The year whose rule the figures come from. */
  basisYear: number;
  /** The notice the citations point into. */
  policyYear: number;
  totalTenths: number;
  publicTenths: number;
  professionalTenths: number;
  declareBy: string;
  employerReviewWorkingDays: number;
  authorityReviewWorkingDays: number;
  carryOver: boolean;
  citations: RuleCitations;
}

/** Moves a date by whole years, keeping month and day (02-29 becomes 02-28 in a common year). */
function shiftYears(isoDate: string, years: number): string {
  const shifted = `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;
  return isRealIsoDate(shifted) ? shifted : `${shifted.slice(0, 8)}28`;
}

/**
 * The requirement for `year`: that year's own rule when carried; otherwise the
 * latest earlier rule (or, before the first, the earliest), flagged as assumed,
 * with its deadline moved to the same day of `year`.
 */
export function resolveRule(year: number, rules: readonly RuleSet[]): ResolvedRule {
  if (rules.length === 0) throw new RangeError('no rule sets: content/rules must hold at least one');
  const byYear = [...rules].sort((a, b) => a.year - b.year);
  const own = byYear.find((rule) => rule.year === year);
  const basis = own ?? byYear.filter((rule) => rule.year < year).at(-1) ?? byYear[0];
  if (basis === undefined) throw new RangeError('no rule sets');
  return {
    year,
    assumed: own === undefined,
    basisYear: basis.year,
    policyYear: basis.policyYear,
    totalTenths: basis.totalTenths.value,
    publicTenths: basis.publicTenths.value,
    professionalTenths: basis.professionalTenths.value,
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
  };
}
