/** The 2025 rule as content/rules/2025.json states it, for tests that build variations of it. */
export const RULE_2025_DATA = {
  year: 2025,
  policyYear: 2025,
  totalTenths: { value: 900, cite: 's2-0' },
  publicTenths: { value: 300, cite: 's2-0' },
  professionalTenths: { value: 600, cite: 's2-0' },
  declareBy: { value: '2025-12-31', cite: 's2-3' },
  employerReviewWorkingDays: { value: 5, cite: 's5-4' },
  authorityReviewWorkingDays: { value: 5, cite: 's5-4' },
  carryOver: { value: false, cite: 's2-3' },
} as const;
