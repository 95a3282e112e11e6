import { ruleBasisLabel } from '../rules/basisText';
import type { YearReport } from '../rules/report';

/** Whether the year's declarations are still on time, and where the notice sets its deadline (s2-3). */
export interface DeclarationWindow {
  /**
   * The year is over for declaring: its known deadline passed (a declaration
   * made now is 逾期申报), or, where the rule sets no deadline (the national
   * rule alone), the year itself is over. Either way a declaration is recorded
   * only with its real date.
   */
  closed: boolean;
  declareBy: string | null;
  cite: { policyYear: number; id: string } | null;
  /** "按2025年通知推定" where the deadline is taken from an earlier year's notice; null otherwise. */
  assumedFrom: string | null;
}

/** The paragraph of a notice that sets the year's deadline. */
const DEADLINE_PARAGRAPH = 's2-3';

/** The year's declaration window, from its report (the one model): closed once its known deadline has passed. */
export function declarationWindow(report: Pick<YearReport, 'year' | 'basis' | 'basisYear' | 'deadline' | 'closed'>): DeclarationWindow {
  const { deadline } = report;
  if (deadline === null) return { closed: report.closed, declareBy: null, cite: null, assumedFrom: null };
  return {
    closed: deadline.passed,
    declareBy: deadline.declareBy,
    cite: { policyYear: report.basisYear ?? report.year, id: DEADLINE_PARAGRAPH },
    assumedFrom: report.basis === 'assumed' ? ruleBasisLabel(report) : null,
  };
}

/** A declaration dated after the deadline: recorded as it was, shown as 逾期申报 (as the entry form and the engine do). */
export function isLateDeclaration(declaredOn: string, declareBy: string | null): boolean {
  return declareBy !== null && declaredOn > declareBy;
}
