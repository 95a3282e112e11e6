import { formatChineseDate, formatHours } from '../format/chineseDate';
import { KIND_LABELS } from '../vocabulary';
import type { StatusReason, Warning, YearStatus } from './report';

export const STATUS_LABELS: Record<YearStatus, string> = {
  met: '已达标',
  metPendingReview: '待审核通过后达标',
  onTrack: '进行中',
  atRisk: '有风险',
  missed: '未达标',
};

/** The status reason as one Chinese sentence. */
export function describeReason(reason: StatusReason): string {
  switch (reason.code) {
    case 'allCredited':
      return '公需科目、专业科目和总学时均已达到要求。';
    case 'waitingForReview':
      return `还有 ${formatHours(reason.pendingTenths)} 学时在审核中，审核合格后即达标。`;
    case 'deadlinePassed':
      return `申报截止日期已过，仍差 ${formatHours(reason.shortTenths)} 学时。`;
    case 'pastSafeDate':
      return `仍差 ${formatHours(reason.shortTenths)} 学时，且已过稳妥申报日（${formatChineseDate(reason.latestSafeDeclarationDate)}），两级审核可能来不及在截止前完成，请尽快申报。`;
    case 'deadlineNear':
      return `距截止仅剩 ${reason.calendarDaysLeft} 天，仍差 ${formatHours(reason.shortTenths)} 学时。`;
    case 'timeLeft':
      return `距截止还有 ${reason.calendarDaysLeft} 天，仍差 ${formatHours(reason.shortTenths)} 学时。`;
  }
}

/** A warning as one Chinese sentence; `titleOf` names an entry by its id (defaults to the id). */
export function describeWarning(warning: Warning, titleOf: (entryId: string) => string = (id) => id): string {
  switch (warning.code) {
    case 'ruleAssumed':
      return `本站尚未收录该年度的通知：按${warning.basisYear}年通知推定，以当年通知为准。`;
    case 'calendarEstimated':
      return '该年度的法定节假日安排尚未收录，工作日暂按周一至周五估算。';
    case 'reviewOverdue':
      return `“${titleOf(warning.entryId)}”的${warning.stage === 'employer' ? '用人单位' : '行业主管部门'}审核已超过时限（应于${formatChineseDate(warning.dueBy)}前完成），请联系经办人。`;
    case 'reviewEndsAfterDeadline':
      return `“${titleOf(warning.entryId)}”的两级审核最晚可到${formatChineseDate(warning.dueBy)}，晚于申报截止日期，请留意审核进度。`;
    case 'declaredAfterDeadline':
      return `“${titleOf(warning.entryId)}”的申报日期（${formatChineseDate(warning.declaredOn)}）晚于申报截止日期。`;
    case 'needsDeclaration':
      return `有 ${warning.entryIds.length} 条记录共 ${formatHours(warning.tenths)} 学时尚未申报，须在截止日期前申报。`;
    case 'returned':
      return `有 ${warning.entryIds.length} 条记录共 ${formatHours(warning.tenths)} 学时被退回，请核对后重新申报或补学。`;
    case 'crossesYear':
      return `“${titleOf(warning.entryId)}”跨年度进行，按完成日期计入${warning.countedIn}年度。`;
    case 'implausibleHours':
      return `“${titleOf(warning.entryId)}”平均每天 ${formatHours(warning.tenthsPerDay)} 学时，超过 24 学时，请核对学时或日期。`;
    case 'creditBeforeCompletion':
      return `“${titleOf(warning.entryId)}”的完成日期在今天之后，却已记为计入或申报，请核对。`;
    case 'surplusNotCarried':
      return `${KIND_LABELS[warning.kind]}超出要求 ${formatHours(warning.tenths)} 学时，超出部分不结转到下一年度。`;
  }
}

/** A headline such as "专业科目 18 / 60 学时". */
export function progressLine(label: string, creditedTenths: number, requiredTenths: number): string {
  return `${label} ${formatHours(creditedTenths)} / ${formatHours(requiredTenths)} 学时`;
}
