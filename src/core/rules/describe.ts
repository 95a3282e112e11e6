import { formatChineseDate } from '../calendar/chineseDate';
import { formatHours } from '../hours/formatHours';
import { CALENDAR_ESTIMATE_LABEL, CALENDAR_ESTIMATE_NOTE, KIND_LABELS, KINDS, lateNotCounted, REVIEWER_LABELS } from '../vocabulary';
import { ruleBasisLabel } from './basisText';
import type { Deadline, Tally, Warning, YearReport, YearStatus } from './report';

export { ruleBasisLabel, ruleBasisText } from './basisText';

/**
 * The one set of words for a year report. The dashboard, the summary (PDF and
 * print view), the reminders and the calendar file all say a year's standing
 * with these functions, so they never disagree.
 */

export const YEAR_STATUS_LABELS: Record<YearStatus, string> = {
  met: '已达标',
  metPendingReview: '待审核通过后达标',
  onTrack: '进行中',
  atRisk: '有风险',
  missed: '未达标',
  noRecords: '无记录',
};

/** What 无记录 means: the site cannot know whether such a year was met (the platform may have it). */
export const NO_RECORDS_TEXT = '本机没有这一年的记录';

/** The national rule's 专业科目 figure, said as the general ratio it is (人社部令第25号第八条), never as a minimum of its own. */
export const GENERAL_RATIO = '专业科目一般不少于三分之二';

/** A table's figure that is only that general ratio: "一般 60". */
export const generalFigure = (figure: string): string => `一般 ${figure}`;

/** The five states every logged 学时 is in, and what is still to study, as the person reads them. */
export const STATE_LABELS = {
  credited: '已计入',
  pending: '审核中',
  notDeclared: '待申报',
  returned: '被退回',
  late: '逾期申报',
  toStudy: '还需学习',
} as const;

export type StateKey = keyof typeof STATE_LABELS;

/** Marks the site's advice, as distinct from what the notice says. */
export const ADVICE_PREFIX = '本站建议：';

/** Marks the site's own reading where the notice does not say it in so many words. */
export const READING_MARK = '（本站理解）';

/** Where the rule the site has sets no figure for a part (公需科目 under the national rule alone). */
export const NO_REQUIREMENT = '以当年通知为准';


/** A figure with its unit, as every output writes it: "11.5 学时". */
export function hoursText(tenths: number): string {
  return `${formatHours(tenths)} 学时`;
}

/** A sentence, with the notice paragraph it rests on when it states a rule. */
export interface CitedLine {
  text: string;
  cite?: { policyYear: number; id: string };
}

/** The parts of one tally in the order every output lists them; zero parts dropped except 已计入. */
export function tallyParts(tally: Tally): { key: StateKey; tenths: number }[] {
  const parts: { key: StateKey; tenths: number }[] = [{ key: 'credited', tenths: tally.creditedTenths }];
  for (const [key, tenths] of [
    ['pending', tally.pendingTenths],
    ['notDeclared', tally.notDeclaredTenths],
    ['returned', tally.returnedTenths],
    ['late', tally.lateTenths],
    ['toStudy', tally.toStudyTenths],
  ] as const) {
    if (tenths > 0) parts.push({ key, tenths });
  }
  return parts;
}

/** "已计入 30 学时 · 审核中 24 学时 · 还需学习 6 学时". */
export function tallyBreakdown(tally: Tally): string {
  return tallyParts(tally)
    .map((part) => `${STATE_LABELS[part.key]} ${hoursText(part.tenths)}`)
    .join(' · ');
}

/** "若被退回的 16 学时不能通过，还需学习 16 学时": what is missing if the returned hours do not pass. */
function returnedGapText(tally: Pick<Tally, 'returnedTenths' | 'toStudyIfReturnedFailTenths'>): string {
  return `若${STATE_LABELS.returned}的 ${hoursText(tally.returnedTenths)}不能通过，${STATE_LABELS.toStudy} ${hoursText(tally.toStudyIfReturnedFailTenths)}`;
}

/**
 * One kind's (or the total's) verdict in a few words; `closed` for a year that
 * is over, where what it lacked is a fact, not something still to study;
 * `noRecords` for a year with no record here (status noRecords).
 */
export function tallyVerdict(tally: Tally, closed = false, noRecords = false): string {
  // A year with nothing logged here: the site cannot say what it lacked (the platform may hold it).
  if (noRecords) return YEAR_STATUS_LABELS.noRecords;
  if (!tally.requirementSet) return `要求${NO_REQUIREMENT}`;
  if (tally.remainingTenths === 0) return '已达标';
  if (tally.generalRatio) return GENERAL_RATIO;
  if (tally.remainingAfterPendingTenths === 0) return '审核通过后达标';
  if (closed) return `差 ${hoursText(tally.remainingTenths)}`;
  if (tally.toStudyTenths > 0) return `${STATE_LABELS.toStudy} ${hoursText(tally.toStudyTenths)}`;
  // Returned hours never count as covering the part.
  if (tally.toStudyIfReturnedFailTenths > 0) return returnedGapText(tally);
  return '学时已记够，待申报或审核';
}

/** "还需学习 6 学时（专业科目 6 学时）": the kinds that lack hours, and any shortfall of the total beyond them. */
function toStudyText(report: YearReport): string {
  const byKind = KINDS.filter((kind) => report[kind].toStudyTenths > 0).map((kind) => `${KIND_LABELS[kind]} ${hoursText(report[kind].toStudyTenths)}`);
  const kindsSum = KINDS.reduce((sum, kind) => sum + report[kind].toStudyTenths, 0);
  const free = report.total.toStudyTenths - kindsSum;
  if (free > 0) byKind.push(`不限科目 ${hoursText(free)}`);
  return `${STATE_LABELS.toStudy} ${hoursText(report.total.toStudyTenths)}（${byKind.join('、')}）`;
}

/** Where a closed year's shortfall is more than the total's gap (one kind cannot stand in for the other): "（专业科目 60 学时）". */
function shortfallByKind(report: YearReport): string {
  const { total } = report;
  if (total.remainingTenths <= total.requiredTenths - total.creditedTenths) return '';
  const kinds = KINDS.filter((kind) => report[kind].requirementSet && !report[kind].generalRatio && report[kind].remainingTenths > 0);
  return `（${kinds.map((kind) => `${KIND_LABELS[kind]} ${hoursText(report[kind].remainingTenths)}`).join('、')}）`;
}

/**
 * The headline: the one sentence that says where the year stands, built from
 * the report's figures only.
 */
export function yearHeadline(report: YearReport): string {
  const { total } = report;
  const credited = `${STATE_LABELS.credited} ${hoursText(total.creditedTenths)}`;
  const late = total.lateTenths > 0 ? `；另有 ${hoursText(total.lateTenths)}逾期申报，${lateNotCounted(report.year)}` : '';
  if (report.status === 'noRecords') return `${YEAR_STATUS_LABELS.noRecords}：本机没有${report.year}年度的记录，该年度的学时以平台记录为准。`;
  if (report.status === 'met') return `${YEAR_STATUS_LABELS.met}：${credited}${late}。`;
  if (report.status === 'metPendingReview') {
    return `${credited}，另有 ${hoursText(total.pendingTenths)}${STATE_LABELS.pending}，审核通过后即达标${late}。`;
  }
  // A closed year: what happened, in figures; nothing is left to study for it.
  const facts = `${credited}，要求 ${hoursText(total.requiredTenths)}，差 ${hoursText(total.remainingTenths)}${shortfallByKind(report)}`;
  if (report.closed && report.deadline === null) {
    // No deadline is known for the year (the national rule alone): the year is over, nothing is said to be lost.
    const open = [
      total.pendingTenths > 0 ? `${hoursText(total.pendingTenths)}${STATE_LABELS.pending}` : '',
      total.notDeclaredTenths > 0 ? `${hoursText(total.notDeclaredTenths)}${STATE_LABELS.notDeclared}` : '',
      total.returnedTenths > 0 ? `${hoursText(total.returnedTenths)}${STATE_LABELS.returned}` : '',
    ].filter((part) => part !== '');
    const openText = open.length > 0 ? `；另有 ${open.join('、')}` : '';
    return `${YEAR_STATUS_LABELS.missed}：${report.year}年度已结束，${facts}${openText}${late}。`;
  }
  if (report.closed) {
    const lost = [
      total.notDeclaredTenths > 0 ? `未申报的 ${hoursText(total.notDeclaredTenths)}` : '',
      total.returnedTenths > 0 ? `被退回的 ${hoursText(total.returnedTenths)}` : '',
    ].filter((part) => part !== '');
    const pending = total.pendingTenths > 0 ? `；另有 ${hoursText(total.pendingTenths)}${STATE_LABELS.pending}，以审核结果为准` : '';
    const lostText = lost.length > 0 ? `；${lost.join('和')}${lateNotCounted(report.year)}${READING_MARK}` : '';
    return `${YEAR_STATUS_LABELS.missed}：申报截止日期已过，${facts}${pending}${lostText}${late}。`;
  }
  // Returned hours never count as covering the year: say what is missing if they do not pass.
  const returned = total.returnedTenths > 0 && total.toStudyIfReturnedFailTenths > total.toStudyTenths;
  const ifReturnedFail = returnedGapText(total);
  const first =
    total.toStudyTenths > 0 ? `${toStudyText(report)}${returned ? `；${ifReturnedFail}` : ''}` : returned ? ifReturnedFail : '要求的学时都已记录';
  const others = [
    total.notDeclaredTenths > 0 ? `${hoursText(total.notDeclaredTenths)}${STATE_LABELS.notDeclared}` : '',
    total.pendingTenths > 0 ? `${hoursText(total.pendingTenths)}${STATE_LABELS.pending}` : '',
    total.returnedTenths > 0 && !returned ? `${hoursText(total.returnedTenths)}${STATE_LABELS.returned}待处理` : '',
  ].filter((part) => part !== '');
  const rest = others.length > 0 ? `；另有 ${others.join('、')}` : '';
  return `${first}${rest}${late}。`;
}

function deadlineParts(report: YearReport, deadline: Deadline) {
  const policyYear = report.basisYear ?? report.year;
  return {
    policyYear,
    date: formatChineseDate(deadline.declareBy),
    // A deadline taken from a later year's notice says so wherever it is stated.
    assumed: report.basis === 'assumed' ? `（${ruleBasisLabel(report)}）` : '',
    cite: { policyYear, id: 's2-3' },
  };
}

/** "2025年度的学习和学时申报最迟应于2025年12月31日完成": the deadline as the notice sets it (s2-3), with the paragraph to cite. */
export function deadlineClause(report: YearReport, deadline: Deadline): CitedLine {
  const { date, assumed, cite } = deadlineParts(report, deadline);
  return { text: `${report.year}年度的学习和学时申报最迟应于${date}完成${assumed}`, cite };
}

/**
 * The deadline in words, and what can still be done, fitted to the state: no
 * hurry when nothing is left to declare; after the deadline, what is and is not
 * still possible. The site's advice carries ADVICE_PREFIX.
 */
export function deadlineLines(report: YearReport): CitedLine[] {
  const { deadline, total, year } = report;
  if (deadline === null) return [];
  const { policyYear, date, assumed, cite } = deadlineParts(report, deadline);
  const lines: CitedLine[] = [];
  const toDeclare = total.notDeclaredTenths + total.returnedTenths;
  if (deadline.passed) {
    lines.push({ text: `${deadlineClause(report, deadline).text}，这一天已过。`, cite });
    if (report.status !== 'noRecords' && (toDeclare > 0 || total.remainingAfterPendingTenths > 0)) {
      lines.push({ text: '通知规定：未能按时完成继续教育任务和学时申报的，由此产生的后果由本人自行承担。', cite: { policyYear, id: 's5-4' } });
      lines.push({ text: `当年度获得的学时不得结转或顺延到下一年度；截止后才完成或申报的学时，${lateNotCounted(year)}${READING_MARK}。`, cite });
    }
    if (total.pendingTenths > 0) {
      lines.push({ text: `${ADVICE_PREFIX}截止日前已申报、仍在审核中的 ${hoursText(total.pendingTenths)}，以审核结果为准，可向用人单位了解进度。` });
    }
    return lines;
  }
  const countdown =
    deadline.daysLeft === 1
      ? `今天是${year}年度学时申报的最后一天（${date}）${assumed}。`
      : `${deadlineClause(report, deadline).text}：含今天还有 ${deadline.daysLeft} 天，其中 ${deadline.workingDaysLeft} 个工作日。`;
  lines.push({ text: countdown, cite });
  if (toDeclare > 0 || total.toStudyTenths > 0) {
    if (deadline.advisedDeclareBy !== null && !deadline.advisedDatePassed) {
      lines.push({ text: advisedDeclarationText(deadline, deadline.advisedDeclareBy), cite: { policyYear, id: 's5-4' } });
    } else {
      lines.push({
        text: `${ADVICE_PREFIX}本站建议的最晚申报日${deadline.advisedDeclareBy === null ? '' : `（${formatChineseDate(deadline.advisedDeclareBy)}）`}已过，请在截止日前尽快申报；审核可能在截止日之后才完成。`,
        cite: { policyYear, id: 's5-4' },
      });
    }
  }
  return lines;
}

/**
 * The site's advised last day to declare, and why: the notice's review limits
 * (both counted from the declaration day), and the site's margin of the two
 * reviews one after the other. One sentence for the dashboard and the .ics.
 */
export function advisedDeclarationText(deadline: Pick<Deadline, 'employerReviewWorkingDays' | 'authorityReviewWorkingDays'> & { advisedEstimated?: boolean }, advisedDeclareBy: string): string {
  const { employerReviewWorkingDays: employerDays, authorityReviewWorkingDays: authorityDays } = deadline;
  const review =
    employerDays === authorityDays
      ? `通知规定自申报之日起，用人单位、行业主管部门审核时限均不得超过 ${employerDays} 个工作日（本站从申报次日起算，本站理解）`
      : `通知规定自申报之日起，用人单位审核时限不得超过 ${employerDays} 个工作日，行业主管部门不得超过 ${authorityDays} 个工作日（本站从申报次日起算，本站理解）`;
  const estimated = deadline.advisedEstimated === true ? CALENDAR_ESTIMATE_LABEL : '';
  return `${ADVICE_PREFIX}最晚于${formatChineseDate(advisedDeclareBy)}${estimated}申报。${review}；本站按两级审核先后进行、各用满时限来预留，这一天申报也能在截止日前审完。`;
}

/** A warning as one Chinese sentence; `titleOf` names an entry by its id (defaults to the id). */
export function describeWarning(warning: Warning, titleOf: (entryId: string) => string = (id) => id): string {
  switch (warning.code) {
    case 'ruleAssumed':
      return `本站尚未收录该年度的通知：按${warning.basisYear}年通知推定，以当年通知为准。`;
    case 'nationalRule':
      return '本站未收录该年度的河南省通知：仅按国家规定计。';
    case 'calendarEstimated':
      return CALENDAR_ESTIMATE_NOTE;
    case 'reviewOverdue':
      return `“${titleOf(warning.entryId)}”的${REVIEWER_LABELS[warning.stage]}审核已超过时限（最迟应于${formatChineseDate(warning.dueBy)}${warning.calendarEstimated ? CALENDAR_ESTIMATE_LABEL : ''}完成），可联系${REVIEWER_LABELS[warning.stage]}了解进度。`;
    case 'declaredAfterDeadline':
      return `“${titleOf(warning.entryId)}”申报于${formatChineseDate(warning.declaredOn)}，晚于申报截止日期：逾期申报，这 ${hoursText(warning.tenths)}${lateNotCounted('该')}。`;
    case 'needsDeclaration':
      return `有 ${warning.entryIds.length} 条记录共 ${hoursText(warning.tenths)}待申报：不是通过平台学习入口在线学习的学时，须申报并经审核才能计入${READING_MARK}。`;
    case 'returned':
      return `有 ${warning.entryIds.length} 条记录共 ${hoursText(warning.tenths)}被退回：${ADVICE_PREFIX}按退回原因修改后重新申报，或另行补学。`;
    case 'crossesYear':
      return `“${titleOf(warning.entryId)}”跨年度进行，本站按完成日期计入${warning.countedIn}年度（本站做法，以平台为准）。`;
    case 'implausibleHours':
      return `“${titleOf(warning.entryId)}”平均每天 ${hoursText(warning.tenthsPerDay)}，超过 24 学时，请核对学时或日期。`;
    case 'creditBeforeCompletion':
      return `“${titleOf(warning.entryId)}”的完成日期在今天之后，却已记为计入或申报，请核对。`;
    case 'surplusNotCarried':
      return `${KIND_LABELS[warning.kind]}超出要求 ${hoursText(warning.tenths)}，超出部分不结转到下一年度；两类科目各有最低要求，本站不以一类抵另一类。`;
  }
}
