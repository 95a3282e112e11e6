import { formatHours } from '../hours/formatHours';
import { countedYear } from '../entries/countedYear';
import { noticeCitation } from '../policy/paragraphName';
import { generalFigure, hoursText, NO_REQUIREMENT, ruleBasisText, STATE_LABELS, tallyParts, type CitedLine } from '../rules/describe';
import { deadlineFact, lateFact } from '../rules/formFacts';
import { entryStateLabel } from '../rules/entryState';
import type { Tally, YearReport } from '../rules/report';
import type { Entry } from '../schemas/entry';
import type { Profile } from '../schemas/profile';
import { summaryFileName } from './summaryFileName';
import { KIND_LABELS, KINDS, PROFILE_LABELS, REVIEWER_LABELS, summaryTitle, WAY_LABELS, type Kind } from '../vocabulary';

export { SUMMARY_NAME } from '../vocabulary';


/** Section headings, shared by the PDF and the print view. */
export const SUMMARY_HEADINGS = { requirement: '一、学时完成情况（单位：学时）', entries: '二、学习记录明细' } as const;

/** 要求 less 已计入: how far the credited hours fall short of the requirement (whatever else is under way). */
export const SHORTFALL_LABEL = '差';

/** The columns of the requirement table, left to right: the state words every output uses. */
export const REQUIREMENT_COLUMNS = [
  { key: 'label', label: '科目' },
  { key: 'required', label: '要求' },
  { key: 'credited', label: STATE_LABELS.credited },
  { key: 'pending', label: STATE_LABELS.pending },
  { key: 'notDeclared', label: STATE_LABELS.notDeclared },
  { key: 'returned', label: STATE_LABELS.returned },
  { key: 'shortfall', label: SHORTFALL_LABEL },
] as const;

/**
 * The columns of an entry table, left to right, with their width in mm (the
 * text width is 170): a date fits one line of 起止日期 and 申报日期, "9999.9"
 * one line of 学时, "平台学习入口自动记录" one line of 审核情况, "河南省人民医院" one line of 机构.
 */
export const ENTRY_COLUMNS = [
  { key: 'dates', label: '起止日期', width: 23 },
  { key: 'title', label: '项目名称', width: 36 },
  { key: 'way', label: '学习方式', width: 17 },
  { key: 'provider', label: '机构', width: 27 },
  { key: 'hours', label: '学时', width: 12 },
  { key: 'declaredOn', label: '申报日期', width: 20 },
  { key: 'review', label: '审核情况', width: 35 },
] as const;

export type EntryColumn = (typeof ENTRY_COLUMNS)[number]['key'];
export type EntryRow = Record<EntryColumn, string>;

export type RequirementRow = Record<(typeof REQUIREMENT_COLUMNS)[number]['key'], string>;

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
  /** The PDF's file name: the title, the person's name made safe, the day it was made. */
  fileName: string;
  generatedOn: string;
  profile: { label: string; value: string | null }[];
  requirementRows: RequirementRow[];
  /** Facts about the year's rule and deadline: no status words, countdowns or advice (an official signs the form). */
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

/** The profile fields the summary prints, a blank line to fill by hand where one is empty. */
const SUMMARY_PROFILE_FIELDS = ['name', 'employer', 'title', 'specialty'] as const;
/** Printed only when given: nobody is asked to write a phone number on the form by hand. */
const OPTIONAL_PROFILE_FIELDS = ['phone'] as const;

/** Introduces what a reviewer gave as the reason for returning a declaration. */
const RETURN_REASON_LABEL = '退回原因';
const RETURNED_ON_LABEL = '退回日期';

/** A cell with nothing to say (a shortfall against a figure the rule does not set, a date an entry does not have). */
const NOT_APPLICABLE = '—';

/** Table cells are figures in 学时 (the table heading names the unit). */
const hours = (tenths: number) => formatHours(tenths);

function requirementRow(label: string, tally: Tally, noRecords: boolean): RequirementRow {
  return {
    label,
    // A figure that is only the national rule's general ratio says so, as the overview does.
    required: !tally.requirementSet ? NO_REQUIREMENT : tally.generalRatio ? generalFigure(hours(tally.requiredTenths)) : hours(tally.requiredTenths),
    credited: hours(tally.creditedTenths),
    pending: hours(tally.pendingTenths),
    notDeclared: hours(tally.notDeclaredTenths),
    returned: hours(tally.returnedTenths),
    // No shortfall against a figure the rule does not set or only as a general ratio, nor where nothing is
    // logged here (the platform may hold the year's hours).
    shortfall: !tally.requirementSet || tally.generalRatio || noRecords ? NOT_APPLICABLE : hours(tally.remainingTenths),
  };
}

/** "2025-03-01至2025-03-28"; one date for a one-day activity. */
const datesText = (entry: Entry) => (entry.startDate === entry.endDate ? entry.endDate : `${entry.startDate}至${entry.endDate}`);

/** Where the entry's review stands, with who returned it, when, and why. */
function reviewText(entry: Entry, report: YearReport): string {
  const state = entryStateLabel(entry, report.deadline?.declareBy ?? null, report.year);
  if (entry.status !== 'returned') return state;
  // Who, when and why each on a line of their own: a narrow column never breaks the date inside the reviewer's brackets.
  const by = entry.returnedBy ? `（${REVIEWER_LABELS[entry.returnedBy]}）` : '';
  const on = entry.returnedOn ? `\n${RETURNED_ON_LABEL}：${entry.returnedOn}` : '';
  const reason = entry.returnReason?.trim() ? `\n${RETURN_REASON_LABEL}：${entry.returnReason.trim()}` : '';
  return `${state}${by}${on}${reason}`;
}

function entryRow(entry: Entry, report: YearReport): EntryRow {
  return {
    dates: datesText(entry),
    title: entry.title,
    way: entry.way === 'other' && entry.wayNote ? `其他：${entry.wayNote}` : WAY_LABELS[entry.way],
    provider: entry.providerName ?? '',
    hours: hours(entry.hoursTenths),
    declaredOn: entry.declaredOn ?? NOT_APPLICABLE,
    review: reviewText(entry, report),
  };
}

/** A line of the report as printed: a rule's paragraph cited in brackets. */
function printed(line: CitedLine): string {
  return line.cite ? `${line.text}（${noticeCitation(line.cite.policyYear, line.cite.id)}）` : line.text;
}

/** "共 6 项，73.5 学时：已计入 30 学时、审核中 24 学时…": the logged hours of a kind, parts adding up to the whole. */
function subtotal(kind: Kind, count: number, totalTenths: number, tally: Tally): string {
  const parts = tallyParts(tally)
    .filter((part) => part.key !== 'toStudy')
    .map((part) => `${STATE_LABELS[part.key]} ${hoursText(part.tenths)}`);
  return `${KIND_LABELS[kind]}小计：${count} 项，共 ${hoursText(totalTenths)}（${parts.join('，')}）`;
}

/**
 * Builds the self-check summary for one year: profile, requirement against
 * what is credited, pending and undeclared, the entries by kind with
 * subtotals, the pledge, signature and employer-review blocks.
 */
export function buildSummary({ report, entries, profile, generatedOn, evidence = [] }: SummaryInput): SummaryModel {
  const yearEntries = entries.filter((entry) => countedYear(entry) === report.year);
  const byDate = (a: Entry, b: Entry) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  const titles = new Map(yearEntries.map((entry) => [entry.id, entry.title]));
  const notes: string[] = [ruleBasisText(report)];
  const deadline = deadlineFact(report);
  if (deadline !== null) notes.push(printed(deadline));
  if (report.total.lateTenths > 0) notes.push(lateFact(report));

  return {
    year: report.year,
    title: summaryTitle(report.year),
    fileName: summaryFileName(summaryTitle(report.year), profile.name, generatedOn),
    generatedOn,
    profile: [
      ...SUMMARY_PROFILE_FIELDS.map((field) => ({ label: PROFILE_LABELS[field], value: profile[field]?.trim() || null })),
      ...OPTIONAL_PROFILE_FIELDS.flatMap((field) => (profile[field]?.trim() ? [{ label: PROFILE_LABELS[field], value: profile[field].trim() }] : [])),
    ],
    requirementRows: [
      requirementRow(KIND_LABELS.public, report.public, report.status === 'noRecords'),
      requirementRow(KIND_LABELS.professional, report.professional, report.status === 'noRecords'),
      requirementRow('合计', report.total, report.status === 'noRecords'),
    ],
    notes,
    groups: KINDS.map((kind) => {
      const rows = yearEntries.filter((entry) => entry.kind === kind).sort(byDate);
      const total = rows.reduce((sum, entry) => sum + entry.hoursTenths, 0);
      return {
        kind,
        heading: KIND_LABELS[kind],
        rows: rows.map((entry) => entryRow(entry, report)),
        subtotal: subtotal(kind, rows.length, total, report[kind]),
      };
    }),
    pledge: '本人承诺以上内容真实有效。',
    signatureLabels: ['本人签名', '日期'],
    reviewBox: { title: '用人单位审核意见', stampLabel: '（盖章）', dateLabel: '日期' },
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
      found.push({ where: `“${row.title}”的学习方式`, text: row.way });
      found.push({ where: `“${row.title}”的审核情况`, text: row.review });
    }
  }
  for (const item of model.evidence) found.push({ where: '凭证说明', text: item.caption });
  return found;
}
