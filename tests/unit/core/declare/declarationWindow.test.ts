import { describe, expect, it } from 'vitest';
import { declarationWindow, isLateDeclaration } from '../../../../src/core/declare/declarationWindow';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { declareText } from '../../../../src/i18n/declareView';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';

const windowOf = (year: number, asOf: string) => declarationWindow(evaluateYear(resolveRule(year, RULE_SETS), [], { asOf, calendar: CALENDAR }));

describe('declarationWindow', () => {
  it.each([
    ['2025 on its last day: open', 2025, '2025-12-31', { closed: false, declareBy: '2025-12-31', cite: { policyYear: 2025, id: 's2-3' } }],
    ['2025 the day after: closed', 2025, '2026-01-01', { closed: true, declareBy: '2025-12-31', cite: { policyYear: 2025, id: 's2-3' } }],
    ['2025 seen at the end of 2026: closed', 2025, '2026-12-31', { closed: true, declareBy: '2025-12-31', cite: { policyYear: 2025, id: 's2-3' } }],
    ['2026 (推定) on 2026-12-31: open, cited from the 2025 notice', 2026, '2026-12-31', { closed: false, declareBy: '2026-12-31', cite: { policyYear: 2025, id: 's2-3' } }],
    ['2024 (national rule, no deadline): never said closed', 2024, '2026-12-31', { closed: false, declareBy: null, cite: null }],
  ] as const)('%s', (_name, year, asOf, expected) => expect(windowOf(year, asOf)).toEqual(expected));

  it.each([
    ['2025-12-31', '2025-12-31', false],
    ['2026-01-01', '2025-12-31', true],
    ['2026-12-30', null, false],
  ] as const)('a declaration on %s against the deadline %s is late: %s', (declaredOn, declareBy, late) => expect(isLateDeclaration(declaredOn, declareBy)).toBe(late));

  it('a closed year\'s 申报 view says the window has closed, citing 二（三）, and what a declaration now is', () => {
    const window = windowOf(2025, '2026-12-31');
    if (window.declareBy === null || window.cite === null) throw new Error('no deadline');
    const text = declareText.closedIntro(2025, window.declareBy, window.cite);
    expect(text).toContain('2025年度的学时申报已于2025年12月31日截止（2025年通知二（三））');
    expect(text).toContain('逾期申报，本站不计入2025年度（本站理解）');
    expect(text).not.toContain('逐条在');
  });
});
