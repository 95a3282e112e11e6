import { countedYear } from '../entries/countedYear';
import type { EvidenceMeta } from '../evidence/fileType';
import { summaryFileName } from '../pdf/summaryFileName';
import type { Entry } from '../schemas/entry';
import type { Profile } from '../schemas/profile';
import { mayBePlatformRecorded, STATUSES, type DeclarationStatus } from '../vocabulary';
import { HANDOVER_LIMITS } from './handoverFormat';
import { unitFileMessages as say } from './unitMessages';

/** The profile fields that go to the unit, in the order they are shown; the phone number never does. */
export const HANDOVER_PERSON_FIELDS = ['name', 'employer', 'title', 'specialty', 'staffNumber', 'idNumber', 'department'] as const;
export type HandoverPersonField = (typeof HANDOVER_PERSON_FIELDS)[number];

/** An entry's standing as the file carries it: recorded by the platform's 学习入口, or its declaration status. */
export type HandoverState = 'platform' | DeclarationStatus;
export const HANDOVER_STATES: readonly HandoverState[] = ['platform', ...STATUSES];

export interface HandoverYearLine {
  year: number;
  entries: number;
  /** How many entries of the year stand in each state, in HANDOVER_STATES order, states with none left out. */
  states: { state: HandoverState; count: number }[];
}

export interface HandoverEvidenceLine {
  id: string;
  name: string;
  size: number;
  entryTitle: string;
}

/** Exactly what a 导出给单位 file would hold, shown before it is made. */
export interface HandoverPreview {
  /** The profile has no name: the unit cannot tell whose file it is, so no file is made. */
  nameMissing: boolean;
  /** The profile fields that go, with their values (blank fields are left out). */
  person: { field: HandoverPersonField; value: string }[];
  /** The chosen years, ascending, each with its entries by state. */
  years: HandoverYearLine[];
  entries: number;
  includesEvidence: boolean;
  /** The evidence files of the chosen entries: they go only when ticked; listed either way so the person sees what ticking adds. */
  evidence: HandoverEvidenceLine[];
  evidenceBytes: number;
  /** Why the ticked evidence cannot go (too many files, too large together); undefined when it can or is not ticked. */
  evidenceProblem: string | undefined;
}

export function handoverState(entry: Pick<Entry, 'recording' | 'way' | 'status'>): HandoverState {
  return entry.recording === 'platform' && mayBePlatformRecorded(entry.way) ? 'platform' : entry.status;
}

/** The years the person can choose: every year the log holds entries for, and the current one; newest first. */
export function handoverYearChoices(entries: readonly Pick<Entry, 'endDate'>[], currentYear: number): number[] {
  const years = new Set<number>([currentYear]);
  for (const entry of entries) years.add(countedYear(entry));
  return [...years].sort((a, b) => b - a);
}

/**
 * What the file would hold for these years: the same selection buildHandover
 * makes (entries counted in a chosen year, by the one year-of-entry rule), so
 * the preview and the file never disagree. Pure.
 */
export function previewHandover(
  profile: Profile,
  entries: readonly Entry[],
  years: readonly number[],
  evidence: readonly EvidenceMeta[],
  includeEvidence: boolean,
): HandoverPreview {
  const chosen = [...new Set(years)].sort((a, b) => a - b);
  const wanted = new Set(chosen);
  const picked = entries.filter((entry) => wanted.has(countedYear(entry)));
  const lines = chosen.map((year): HandoverYearLine => {
    const ofYear = picked.filter((entry) => countedYear(entry) === year);
    const states = HANDOVER_STATES.map((state) => ({ state, count: ofYear.filter((entry) => handoverState(entry) === state).length })).filter((line) => line.count > 0);
    return { year, entries: ofYear.length, states };
  });
  const titles = new Map(picked.map((entry) => [entry.id, entry.title]));
  const files = evidence.flatMap((item) => {
    const entryTitle = titles.get(item.entryId);
    return entryTitle === undefined ? [] : [{ id: item.id, name: item.name, size: item.size, entryTitle }];
  });
  const evidenceBytes = files.reduce((sum, item) => sum + item.size, 0);
  let evidenceProblem: string | undefined;
  if (includeEvidence && files.length > HANDOVER_LIMITS.evidenceFiles) evidenceProblem = say.evidenceCount(HANDOVER_LIMITS.evidenceFiles);
  else if (includeEvidence && evidenceBytes > HANDOVER_LIMITS.totalEvidenceBytes) evidenceProblem = say.evidenceTotal(HANDOVER_LIMITS.totalEvidenceBytes);
  const person = HANDOVER_PERSON_FIELDS.flatMap((field) => {
    const value = (profile[field] ?? '').trim();
    return value === '' ? [] : [{ field, value }];
  });
  return {
    nameMissing: (profile.name ?? '').trim() === '',
    person,
    years: lines,
    entries: picked.length,
    includesEvidence: includeEvidence,
    evidence: files,
    evidenceBytes,
    evidenceProblem,
  };
}

/** The years as a file name says them: 2025年度, 2024-2026年度 (a run), 2023、2025年度, or 2019等5个年度 beyond three apart. */
export function handoverYearsText(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  if (sorted.length === 1) return `${first}年度`;
  if (last - first === sorted.length - 1) return `${first}-${last}年度`;
  if (sorted.length <= 3) return `${sorted.join('、')}年度`;
  return `${first}等${sorted.length}个年度`;
}

/**
 * The file's name, by the summary's convention (title, the person's name, the
 * day it was made): 导出给单位-2025年度-张晓燕-20261208.json.
 */
export function handoverFileName(years: readonly number[], name: string | undefined, madeOn: string): string {
  return summaryFileName(`导出给单位-${handoverYearsText(years)}`, name, madeOn, 'json');
}
