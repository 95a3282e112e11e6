import { formatChineseDate, formatHours } from '../format/chineseDate';
import { describeReason, STATUS_LABELS } from '../rules/describe';
import type { Tally, YearReport } from '../rules/report';
import type { Entry } from '../schemas/entry';
import type { Profile } from '../schemas/profile';
import { KIND_LABELS, KINDS, RECORDING_LABELS, STATUS_LABELS as DECLARATION_LABELS, WAY_LABELS, type Kind } from '../vocabulary';

/** The columns of an entry table, left to right, with their share of the text width. */
export const ENTRY_COLUMNS = [
  { key: 'date', label: '完成日期', share: 0.13 },
  { key: 'title', label: '项目名称', share: 0.31 },
  { key: 'way', label: '学习方式', share: 0.13 },
  { key: 'provider', label: '机构', share: 0.19 },
  { key: 'hours', label: '学时', share: 0.08 },
  { key: 'recording', label: '记录方式/申报状态', share: 0.16 },
] as const;

export type EntryColumn = (typeof ENTRY_COLUMNS)[number]['key'];
export type EntryRow = Record<EntryColumn, string>;

export interface RequirementRow {
  label: string;
  required: string;
  credited: string;
  pending: string;
  notDeclared: string;
  remaining: string;
}

export interface EntryGroup {
  kind: Kind;
  heading: string;
  rows: EntryRow[];
  subtotal: string;
}

export interface EvidenceItem {
  id: string;
  caption: string;
}

/** The whole summary as data: what the PDF and the print view both show, in order. */
export interface SummaryModel {
  year: number;
  title: string;
  generatedOn: string;
  profile: { label: string; value: string | null }[];
  requirementRows: RequirementRow[];
  status: string;
  notes: string[];
  groups: EntryGroup[];
  pledge: string;
  signatureLabels: string[];
  reviewBox: { title: string; stampLabel: string; dateLabel: string };
  footerNote: string;
  evidence: EvidenceItem[];
}

export interface SummaryInput {
  report: YearReport;
  entries: readonly Entry[];
  profile: Profile;
  /** The day the summary is made, YYYY-MM-DD (passed in: core never reads the clock). */
  generatedOn: string;
  /** Evidence to append, by entry; empty to leave it out. */
  evidence?: readonly { id: string; entryId: string; name: string }[];
}

/** The profile fields the form prints, with the short labels a form uses. */
const SUMMARY_PROFILE_LABELS = { name: '姓名', employer: '工作单位', title: '职称', specialty: '专业' } as const;

const hours = (tenths: number) => `${formatHours(tenths)}`;

function requirementRow(label: string, tally: Tally): RequirementRow {
  return {
    label,
    required: hours(tally.requiredTenths),
    credited: hours(tally.creditedTenths),
    pending: hours(tally.pendingTenths),
    notDeclared: hours(tally.notDeclaredTenths),
    remaining: tally.remainingTenths === 0 ? '已达标' : hours(tally.remainingTenths),
  };
}

function recordingText(entry: Entry): string {
  return entry.recording === 'platform' ? RECORDING_LABELS.platform : `需申报：${DECLARATION_LABELS[entry.status]}`;
}

function entryRow(entry: Entry): EntryRow {
  return {
    date: entry.endDate,
    title: entry.title,
    way: WAY_LABELS[entry.way],
    provider: entry.providerName ?? '',
    hours: hours(entry.hoursTenths),
    recording: recordingText(entry),
  };
}

/**
 * Builds the self-check summary for one year: profile, requirement against
 * what is credited, pending and undeclared, the entries by kind with
 * subtotals, the pledge, signature and employer-review blocks.
 */
export function buildSummary({ report, entries, profile, generatedOn, evidence = [] }: SummaryInput): SummaryModel {
  const yearEntries = entries.filter((entry) => entry.endDate.startsWith(`${report.year}-`));
  const byDate = (a: Entry, b: Entry) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  const titles = new Map(yearEntries.map((entry) => [entry.id, entry.title]));
  const notes: string[] = [];
  if (report.ruleAssumed) notes.push(`本站尚未收录${report.year}年度通知，要求按${report.basisYear}年通知推定，以当年通知为准。`);
  if (report.deadline.calendarEstimated) notes.push('该年度法定节假日安排未收录，工作日按周一至周五估算。');
  notes.push(`申报截止日期：${formatChineseDate(report.deadline.declareBy)}。当年学时不结转至下一年度。`);

  return {
    year: report.year,
    title: `${report.year}年度专业技术人员继续教育学时汇总表（个人自查）`,
    generatedOn,
    profile: (Object.keys(SUMMARY_PROFILE_LABELS) as (keyof typeof SUMMARY_PROFILE_LABELS)[]).map((field) => ({
      label: SUMMARY_PROFILE_LABELS[field],
      value: profile[field]?.trim() || null,
    })),
    requirementRows: [
      requirementRow(KIND_LABELS.public, report.public),
      requirementRow(KIND_LABELS.professional, report.professional),
      requirementRow('合计', report.total),
    ],
    status: `${STATUS_LABELS[report.status]}：${describeReason(report.reason)}`,
    notes,
    groups: KINDS.map((kind) => {
      const rows = yearEntries.filter((entry) => entry.kind === kind).sort(byDate);
      const total = rows.reduce((sum, entry) => sum + entry.hoursTenths, 0);
      return {
        kind,
        heading: KIND_LABELS[kind],
        rows: rows.map(entryRow),
        subtotal: `${KIND_LABELS[kind]}小计：${rows.length} 项，共 ${hours(total)} 学时（已计入 ${hours(report[kind].creditedTenths)}，审核中 ${hours(report[kind].pendingTenths)}，未申报 ${hours(report[kind].notDeclaredTenths)}）`,
      };
    }),
    pledge: '本人承诺以上内容真实有效。',
    signatureLabels: ['本人签名', '日期'],
    reviewBox: { title: '单位审核意见', stampLabel: '（盖章）', dateLabel: '日期' },
    footerNote: '本表为个人自查汇总，学时以河南省专业技术人员公共服务平台审核结果为准。',
    evidence: evidence
      .filter((item) => titles.has(item.entryId))
      .map((item) => ({ id: item.id, caption: `凭证：${titles.get(item.entryId) ?? ''}（${item.name}）` })),
  };
}

/** Every piece of the person's own text in the summary, with where it appears, for the printability check. */
export function userTextOf(model: SummaryModel): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const item of model.profile) if (item.value) found.push({ where: item.label, text: item.value });
  for (const group of model.groups) {
    for (const row of group.rows) {
      found.push({ where: `项目名称“${row.title}”`, text: row.title });
      if (row.provider) found.push({ where: `“${row.title}”的机构`, text: row.provider });
    }
  }
  for (const item of model.evidence) found.push({ where: '凭证说明', text: item.caption });
  return found;
}
