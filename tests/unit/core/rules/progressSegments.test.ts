import { describe, expect, it } from 'vitest';
import { progressSegments } from '../../../../src/core/rules/progressSegments';
import type { Tally } from '../../../../src/core/rules/report';

const tally = (change: Partial<Tally>): Tally => ({
  requiredTenths: 300,
  requirementSet: true,
  generalRatio: false,
  creditedTenths: 0,
  pendingTenths: 0,
  notDeclaredTenths: 0,
  returnedTenths: 0,
  lateTenths: 0,
  toStudyTenths: 0,
  toStudyIfReturnedFailTenths: 0,
  remainingTenths: 0,
  remainingAfterPendingTenths: 0,
  surplusTenths: 0,
  ...change,
});

const widths = (value: Tally) => progressSegments(value).map((segment) => segment.percent);

describe('progressSegments', () => {
  it.each([
    { name: 'nothing logged: an empty bar', value: tally({}), expected: [0, 0, 0, 0] },
    { name: 'each state its share, in order', value: tally({ creditedTenths: 150, pendingTenths: 60, notDeclaredTenths: 30, returnedTenths: 30 }), expected: [50, 20, 10, 10] },
    { name: 'the bar stops at the requirement, later states give way first', value: tally({ creditedTenths: 200, pendingTenths: 200, returnedTenths: 50 }), expected: [66.7, 33.3, 0, 0] },
    { name: 'credited beyond the requirement fills the bar alone', value: tally({ creditedTenths: 900, pendingTenths: 10 }), expected: [100, 0, 0, 0] },
    { name: 'a rule without a figure draws an empty bar, never a division by zero', value: tally({ requiredTenths: 0, creditedTenths: 120 }), expected: [0, 0, 0, 0] },
  ])('$name', ({ value, expected }) => {
    expect(widths(value)).toEqual(expected);
  });

  it('late hours never show in the bar: they do not count in the year', () => {
    expect(widths(tally({ lateTenths: 300 }))).toEqual([0, 0, 0, 0]);
  });
});
