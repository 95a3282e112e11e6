import { describe, expect, it } from 'vitest';
import { declarationWindow, isLateDeclaration } from '../../../../src/core/declare/declarationWindow';
import { evaluateYear } from '../../../../src/core/rules/evaluateYear';
import { resolveRule } from '../../../../src/core/rules/resolveRule';
import { declareText } from '../../../../src/i18n/declareView';
import { CALENDAR, RULE_SETS } from '../../../helpers/engine';

const windowOf = (year: number, asOf: string) => declarationWindow(evaluateYear(resolveRule(year, RULE_SETS), [], { asOf, calendar: CALENDAR }));

describe('declarationWindow', () => {
  it.each([
    ['2025 on its last day: open', 2025, '2025-12-31', { closed: false, declareBy: '2025-12-31', cite: { policyYear: 2025, id: 's2-3' }, assumedFrom: null }],
    ['2025 the day after: closed', 2025, '2026-01-01', { closed: true, declareBy: '2025-12-31', cite: { policyYear: 2025, id: 's2-3' }, assumedFrom: null }],
    ['2025 seen at the end of 2026: closed', 2025, '2026-12-31', { closed: true, declareBy: '2025-12-31', cite: { policyYear: 2025, id: 's2-3' }, assumedFrom: null }],
    ['2026 (推定) on 2026-12-31: open, cited from the 2025 notice', 2026, '2026-12-31', { closed: false, declareBy: '2026-12-31', cite: { policyYear: 2025, id: 's2-3' }, assumedFrom: '按2025年通知推定' }],
    ['2026 (推定) on 2027-01-04: closed, its deadline still 推定', 2026, '2027-01-04', { closed: true, declareBy: '2026-12-31', cite: { policyYear: 2025, id: 's2-3' }, assumedFrom: '按2025年通知推定' }],
    ['2024 (national rule, no deadline) in 2024: open', 2024, '2024-06-30', { closed: false, declareBy: null, cite: null, assumedFrom: null }],
    ['2024 (national rule, no deadline) seen in 2026: over, with no deadline to cite', 2024, '2026-12-31', { closed: true, declareBy: null, cite: null, assumedFrom: null }],
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

  it('a closed 推定 year says its deadline is 推定, not the 2025 notice\'s own rule for it', () => {
    const window = windowOf(2026, '2027-01-04');
    if (window.declareBy === null || window.cite === null) throw new Error('no deadline');
    const text = declareText.closedIntro(2026, window.declareBy, window.cite, window.assumedFrom);
    expect(text).toContain('2026年度的学时申报已于2026年12月31日截止（2025年通知二（三），按2025年通知推定）');
  });

  it('a national-rule year that is over names no deadline and no notice paragraph', () => {
    const text = declareText.closedNoDeadline(2019);
    expect(text).toContain('2019年度已结束');
    expect(text).not.toMatch(/截止|二（三）|逐条在/);
    expect(declareText.declaredOnHintClosed(null)).toBe('请填写在平台实际申报的日期。');
  });
});
