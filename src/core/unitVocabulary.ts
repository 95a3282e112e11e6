// Words of a 用人单位's side, apart from vocabulary.ts so that /log/'s first load does not carry them.

/**
 * The profile's fields a 用人单位 tells its staff apart by (导出给单位, the
 * unit's ledger): optional, kept apart from PROFILE_FIELDS so the summary and
 * its form are unchanged.
 */
export const UNIT_PROFILE_FIELDS = ['staffNumber', 'idNumber', 'department'] as const;
export type UnitProfileField = (typeof UNIT_PROFILE_FIELDS)[number];

export const UNIT_PROFILE_LABELS: Record<UnitProfileField, string> = {
  staffNumber: '工号',
  idNumber: '证件号码',
  department: '科室',
};

/** What a 用人单位 may record of its own review of a declaration (通知五（四）). */
export const UNIT_DECISIONS = ['approved', 'returned'] as const;
export type UnitDecisionKind = (typeof UNIT_DECISIONS)[number];

export const UNIT_DECISION_LABELS: Record<UnitDecisionKind, string> = {
  approved: '通过',
  returned: '退回',
};
