import { describe, expect, it } from 'vitest';
import { YEAR_STATUS_LABELS, yearHeadline } from '../../../../src/core/rules/describe';
import { reportOf, YEAR_SCENARIOS } from '../../../helpers/yearScenarios';

describe('year scenarios: the figures of each state and the one headline', () => {
  it.each(YEAR_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', (_name, scenario) => {
    const report = reportOf(scenario);
    const { total } = report;
    expect(report.status).toBe(scenario.status);
    expect([total.creditedTenths, total.pendingTenths, total.notDeclaredTenths, total.returnedTenths, total.lateTenths, total.toStudyTenths]).toEqual(scenario.total);
    expect(yearHeadline(report)).toBe(scenario.headline);
    // The headline never contradicts the status it stands under.
    if (report.status === 'met') expect(yearHeadline(report)).toContain(YEAR_STATUS_LABELS.met);
    if (report.status !== 'met') expect(yearHeadline(report)).not.toContain(YEAR_STATUS_LABELS.met);
  });

  it('has at least 12 scenarios', () => expect(YEAR_SCENARIOS.length).toBeGreaterThanOrEqual(12));
});
