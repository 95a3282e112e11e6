import type { YearReport } from '../rules/report';

/** Whether the year's declarations are still on time, and where the notice sets its deadline (s2-3). */
export interface DeclarationWindow {
  /** The deadline passed: a declaration made now is 逾期申报. False when the rule sets no deadline (the national rule alone). */
  closed: boolean;
  declareBy: string | null;
  cite: { policyYear: number; id: string } | null;
}

/** The paragraph of a notice that sets the year's deadline. */
const DEADLINE_PARAGRAPH = 's2-3';

/** The year's declaration window, from its report (the one model): closed once its known deadline has passed. */
export function declarationWindow(report: Pick<YearReport, 'year' | 'basisYear' | 'deadline'>): DeclarationWindow {
  const { deadline } = report;
  if (deadline === null) return { closed: false, declareBy: null, cite: null };
  return { closed: deadline.passed, declareBy: deadline.declareBy, cite: { policyYear: report.basisYear ?? report.year, id: DEADLINE_PARAGRAPH } };
}

/** A declaration dated after the deadline: recorded as it was, shown as 逾期申报 (as the entry form and the engine do). */
export function isLateDeclaration(declaredOn: string, declareBy: string | null): boolean {
  return declareBy !== null && declaredOn > declareBy;
}
