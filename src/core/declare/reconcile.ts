import { countedYear } from '../entries/countedYear';
import { hoursState } from '../rules/entryState';
import type { HoursState } from '../rules/report';
import type { Entry } from '../schemas/entry';

/** The three figures the person reads in their 个人学时档案 on the platform (the notice names the archive, not its fields). */
export const PLATFORM_PARTS = ['public', 'professional', 'total'] as const;
export type PlatformPart = (typeof PLATFORM_PARTS)[number];

/** What the person typed, in tenths; null where left empty. */
export type PlatformFigures = Record<PlatformPart, number | null>;

export type FigureProblem = 'notNumber' | 'negative' | 'tooManyDecimals' | 'tooLarge';
export type FiguresParse = { ok: true; figures: PlatformFigures } | { ok: false; problems: Partial<Record<PlatformPart, FigureProblem>> };

const MAX_FIGURE_TENTHS = 99_999;

function parseFigure(text: string): { ok: true; tenths: number | null } | { ok: false; problem: FigureProblem } {
  const normalised = text.normalize('NFKC').trim().replace(/。/g, '.');
  if (normalised === '') return { ok: true, tenths: null };
  if (/^-\s*\d/.test(normalised)) return { ok: false, problem: 'negative' };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(normalised);
  if (!match) return { ok: false, problem: 'notNumber' };
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 1) return { ok: false, problem: 'tooManyDecimals' };
  const tenths = Number(match[1]) * 10 + Number(fraction || 0);
  if (tenths > MAX_FIGURE_TENTHS) return { ok: false, problem: 'tooLarge' };
  return { ok: true, tenths };
}

/** The platform's figures as typed ("0" is a figure; empty means not given), or each field's problem. */
export function parsePlatformFigures(input: Record<PlatformPart, string>): FiguresParse {
  const figures: PlatformFigures = { public: null, professional: null, total: null };
  const problems: Partial<Record<PlatformPart, FigureProblem>> = {};
  for (const part of PLATFORM_PARTS) {
    const parsed = parseFigure(input[part]);
    if (parsed.ok) figures[part] = parsed.tenths;
    else problems[part] = parsed.problem;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, figures };
}

/** This log's 学时 of one part, by where they stand; credited is split into platform-recorded and approved. */
export interface AppFigures {
  platformRecorded: number;
  approved: number;
  pending: number;
  notDeclared: number;
  returned: number;
  late: number;
}

export function appFigures(entries: readonly Entry[], year: number, declareBy: string | null): Record<PlatformPart, AppFigures> {
  const empty = (): AppFigures => ({ platformRecorded: 0, approved: 0, pending: 0, notDeclared: 0, returned: 0, late: 0 });
  const result: Record<PlatformPart, AppFigures> = { public: empty(), professional: empty(), total: empty() };
  for (const entry of entries) {
    if (countedYear(entry) !== year) continue;
    const state: HoursState = hoursState(entry, declareBy);
    const key: keyof AppFigures = state === 'credited' ? (entry.recording === 'platform' ? 'platformRecorded' : 'approved') : state;
    result[entry.kind][key] += entry.hoursTenths;
    result.total[key] += entry.hoursTenths;
  }
  return result;
}

/** A likely reason for a difference, with the 学时 it could explain. */
export type ReasonCode =
  | 'platformNotShown' // 学习入口 hours logged here the platform does not show yet
  | 'approvalNotReflected' // approved here, not (yet) on the platform
  | 'approvedOnPlatform' // reviews finished on the platform, still 审核中 here
  | 'notLoggedHere' // hours on the platform that this log lacks
  | 'neverDeclared' // logged here, not declared (or returned): the platform cannot show them
  | 'late'; // declared after the deadline: not counted in the year

export interface Reason {
  code: ReasonCode;
  tenths: number;
}

export interface PartComparison {
  part: PlatformPart;
  platformTenths: number;
  /** What the platform should show by this log: credited hours. */
  creditedTenths: number;
  /** platform − credited: positive when the platform shows more. */
  differenceTenths: number;
  reasons: Reason[];
}

/**
 * Compares the platform's figures with the log's, part by part, and lists the
 * likely reasons for each difference. The platform stays the authority: the
 * reasons are possibilities to check, not corrections.
 */
export function reconcile(platform: PlatformFigures, app: Record<PlatformPart, AppFigures>): PartComparison[] {
  const comparisons: PartComparison[] = [];
  for (const part of PLATFORM_PARTS) {
    const platformTenths = platform[part];
    if (platformTenths === null) continue;
    const figures = app[part];
    const creditedTenths = figures.platformRecorded + figures.approved;
    const differenceTenths = platformTenths - creditedTenths;
    const reasons: Reason[] = [];
    if (differenceTenths < 0) {
      const missing = -differenceTenths;
      if (figures.platformRecorded > 0) reasons.push({ code: 'platformNotShown', tenths: Math.min(missing, figures.platformRecorded) });
      if (figures.approved > 0) reasons.push({ code: 'approvalNotReflected', tenths: Math.min(missing, figures.approved) });
    } else if (differenceTenths > 0) {
      if (figures.pending > 0) reasons.push({ code: 'approvedOnPlatform', tenths: Math.min(differenceTenths, figures.pending) });
      reasons.push({ code: 'notLoggedHere', tenths: differenceTenths });
    }
    const undeclared = figures.notDeclared + figures.returned;
    if (undeclared > 0) reasons.push({ code: 'neverDeclared', tenths: undeclared });
    if (figures.late > 0) reasons.push({ code: 'late', tenths: figures.late });
    comparisons.push({ part, platformTenths, creditedTenths, differenceTenths, reasons });
  }
  return comparisons;
}

/** The last reconciliation of a year, as kept in settings. */
export interface SavedReconciliation {
  on: string;
  figures: PlatformFigures;
}

/** A stored reconciliation read back, or null when it is not one. */
export function readReconciliation(stored: unknown): SavedReconciliation | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { on, figures } = stored as { on?: unknown; figures?: unknown };
  if (typeof on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(on) || typeof figures !== 'object' || figures === null) return null;
  const result: PlatformFigures = { public: null, professional: null, total: null };
  for (const part of PLATFORM_PARTS) {
    const value = (figures as Record<string, unknown>)[part];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FIGURE_TENTHS) return null;
    result[part] = value;
  }
  return { on, figures: result };
}
