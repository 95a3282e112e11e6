import type { DeclarationStatus } from '../vocabulary';

/*
 * Words earlier versions of this app wrote into spreadsheets. They are read,
 * never shown, so old exports import as they were meant; the wording test
 * leaves this file out for that reason.
 */

/** Column headers of earlier exports. */
export const LEGACY_HEADERS = {
  employerApprovedOn: ['单位审核日期'],
  approvedOn: ['审核合格日期', '审核通过日期'],
} as const;

/** Status words of earlier exports. */
export const OLD_STATUS_LABELS: Record<string, DeclarationStatus> = {
  未申报: 'notDeclared',
  '已申报，待单位审核': 'declared',
  '单位已审核，待主管部门审核': 'employerApproved',
  审核合格: 'approved',
};
