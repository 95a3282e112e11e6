/**
 * The certificate-reading bench's arithmetic, kept apart from the browser: how
 * one field the form shows compares with what was expected, and the tallies
 * and tables over the whole set. Pure, and unit tested.
 */
import type { Expected, ExpectedFields } from './model';

export const FIELDS = ['title', 'startDate', 'endDate', 'hours', 'provider', 'notes', 'kind', 'way'] as const;
export type FieldName = (typeof FIELDS)[number];

/** The reader's end states in the form (the UI contract of the 从证书识别 control). */
export type ReaderState = 'done' | 'nothing' | 'failed' | 'timeout';

/** What the form shows for one field: its value, and whether the reader filled it (data-recognised="true"). */
export interface ShownField {
  value: string;
  recognised: boolean;
}

export interface Observation {
  state: ReaderState;
  /** data-read-ms: from the file chosen to the fields filled, without consent or download. */
  readMs: number | null;
  /** The longest main-thread task seen while the file was read, in ms (0 when none over 50 ms was reported). */
  longestTaskMs: number;
  fields: Record<FieldName, ShownField>;
}

/**
 * right: the value expected (or empty where empty is expected);
 * empty: a value was expected and the field was left empty (not worse than typing it);
 * wrong: a value that differs from the expected one, or any value where none was expected (worse than empty).
 */
export type Outcome = 'right' | 'empty' | 'wrong';

/** Kind and way count only where the certificate states them: the form always has one of each selected. */
export function counts(field: FieldName, expected: ExpectedFields): boolean {
  return (field !== 'kind' && field !== 'way') || expected[field] !== null;
}

/** A field filled by the reader is its shown value; a field it did not fill is empty, whatever the form held before. */
export function compareField(expected: string | null, shown: ShownField): Outcome {
  const value = shown.recognised ? shown.value.trim() : '';
  if (value === '') return expected === null ? 'right' : 'empty';
  return value === expected ? 'right' : 'wrong';
}

/** The groups the report is broken down by; a file may be in several (a turned photo with a seal). */
export const GROUPS = ['clean', 'digital', 'photo with seal', 'photo without seal', 'screenshot', 'rotated', 'EXIF', 'non-certificate'] as const;
export type Group = (typeof GROUPS)[number];

export function groupsOf(expected: Expected): Group[] {
  const groups: Group[] = [];
  if (expected.variant === 'clean') groups.push('clean');
  if (expected.variant === 'digital') groups.push('digital');
  if (expected.variant === 'screenshot') groups.push('screenshot');
  if (expected.variant === 'photo') groups.push(expected.seal ? 'photo with seal' : 'photo without seal');
  if (expected.variant === 'nonCertificate') groups.push('non-certificate');
  if (expected.rotation !== 0) groups.push('rotated');
  if (expected.exifOrientation !== null) groups.push('EXIF');
  return groups;
}

export interface FieldResult {
  field: FieldName;
  outcome: Outcome;
  expected: string | null;
  shown: string;
}

export interface FileResult {
  expected: Expected;
  observation: Observation;
  fields: FieldResult[];
  /** For a non-certificate: refused (state nothing) with no field filled. */
  refused: boolean;
}

export function scoreFile(expected: Expected, observation: Observation): FileResult {
  const fields = FIELDS.filter((field) => counts(field, expected.fields)).map((field) => {
    const shown = observation.fields[field];
    return { field, outcome: compareField(expected.fields[field], shown), expected: expected.fields[field], shown: shown.recognised ? shown.value : '' };
  });
  const refused = observation.state === 'nothing' && fields.every((f) => f.outcome === 'right');
  return { expected, observation, fields, refused };
}

export interface Share {
  right: number;
  empty: number;
  wrong: number;
  total: number;
}

export function share(results: readonly FieldResult[]): Share {
  const tally: Share = { right: 0, empty: 0, wrong: 0, total: results.length };
  for (const result of results) tally[result.outcome] += 1;
  return tally;
}

export const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)} %`);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface Summary {
  files: number;
  overall: Share;
  perField: Record<FieldName, Share>;
  perGroup: Record<Group, { files: number; fields: Share; readMs: number[]; failed: number }>;
  nonCertificates: { total: number; refused: number };
  twelveMegapixelMs: number[];
  longestTaskMs: number;
  failed: number;
}

/** 12 MP photographs: the 4 s budget is for a 4000×3000 picture. */
export const isTwelveMegapixel = (expected: Expected) => (expected.megapixels ?? 0) >= 11.5;

export function summarise(results: readonly FileResult[]): Summary {
  const all = results.flatMap((r) => r.fields);
  const perField = Object.fromEntries(FIELDS.map((field) => [field, share(all.filter((r) => r.field === field))])) as Record<FieldName, Share>;
  const perGroup = Object.fromEntries(
    GROUPS.map((group) => {
      const members = results.filter((r) => groupsOf(r.expected).includes(group));
      return [
        group,
        {
          files: members.length,
          fields: share(members.flatMap((r) => r.fields)),
          readMs: members.flatMap((r) => (r.observation.readMs === null ? [] : [r.observation.readMs])),
          failed: members.filter((r) => r.observation.state === 'failed' || r.observation.state === 'timeout').length,
        },
      ];
    }),
  ) as Summary['perGroup'];
  const others = results.filter((r) => !r.expected.recognised);
  return {
    files: results.length,
    overall: share(all),
    perField,
    perGroup,
    nonCertificates: { total: others.length, refused: others.filter((r) => r.refused).length },
    twelveMegapixelMs: results.filter((r) => isTwelveMegapixel(r.expected)).flatMap((r) => (r.observation.readMs === null ? [] : [r.observation.readMs])),
    longestTaskMs: Math.max(0, ...results.map((r) => r.observation.longestTaskMs)),
    failed: results.filter((r) => r.observation.state === 'failed' || r.observation.state === 'timeout').length,
  };
}

const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)}`);

/** The targets beside what was reached; figures, not pass/fail, like the rest of the bench. */
export function targetRows(summary: Summary): string[][] {
  const cleanDigital = (['clean', 'digital'] as const).map((group) => summary.perGroup[group].fields).reduce((sum, s) => ({ right: sum.right + s.right, empty: sum.empty + s.empty, wrong: sum.wrong + s.wrong, total: sum.total + s.total }));
  const sealed = summary.perGroup['photo with seal'].fields;
  const digitalMs = median(summary.perGroup.digital.readMs);
  const photoMs = median(summary.twelveMegapixelMs);
  return [
    ['clean and digital certificates, fields exactly right', percent(cleanDigital.right, cleanDigital.total), '≥ 95 %'],
    ['photographs with seals, fields exactly right', percent(sealed.right, sealed.total), '≥ 85 %'],
    ['fields wrongly filled (worse than empty)', `${summary.overall.wrong} of ${summary.overall.total} (${percent(summary.overall.wrong, summary.overall.total)})`, '≤ 2 %'],
    ['12 MP photograph, median ms', ms(photoMs), '≤ 4000 ms'],
    ['digital PDF, median ms', ms(digitalMs), '≤ 1000 ms'],
    ['longest main-thread task while reading, ms', ms(summary.longestTaskMs), '≤ 50 ms'],
    ['non-certificates refused (没有识别出证书内容, no field filled)', `${summary.nonCertificates.refused} of ${summary.nonCertificates.total}`, 'all'],
  ];
}

const table = (head: string[], align: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The report as Markdown tables: targets, per field, per group (with time per image), and every wrong fill. */
export function reportMarkdown(summary: Summary, results: readonly FileResult[]): string {
  const targets = table(['figure', 'reached', 'target'], ['---', '---:', '---'], targetRows(summary));
  const fieldRows = FIELDS.map((field) => {
    const s = summary.perField[field];
    return [field, String(s.total), percent(s.right, s.total), percent(s.empty, s.total), `${s.wrong} (${percent(s.wrong, s.total)})`];
  });
  const fields = table(['field', 'counted', 'exactly right', 'left empty', 'wrongly filled'], ['---', '---:', '---:', '---:', '---:'], [
    ...fieldRows,
    ['all fields', String(summary.overall.total), percent(summary.overall.right, summary.overall.total), percent(summary.overall.empty, summary.overall.total), `${summary.overall.wrong} (${percent(summary.overall.wrong, summary.overall.total)})`],
  ]);
  const groupRows = GROUPS.map((group) => {
    const g = summary.perGroup[group];
    const max = g.readMs.length === 0 ? null : Math.max(...g.readMs);
    return [group, String(g.files), percent(g.fields.right, g.fields.total), `${g.fields.wrong}`, String(g.failed), ms(median(g.readMs)), ms(max)];
  });
  const twelve = summary.twelveMegapixelMs;
  const groups = table(['variant', 'files', 'fields exactly right', 'wrongly filled', 'failed', 'median ms', 'max ms'], ['---', '---:', '---:', '---:', '---:', '---:', '---:'], [
    ...groupRows,
    ['12 MP photographs', String(twelve.length), '', '', '', ms(median(twelve)), ms(twelve.length === 0 ? null : Math.max(...twelve))],
  ]);
  const wrongRows = results.flatMap((r) => r.fields.filter((f) => f.outcome === 'wrong').map((f) => [r.expected.id, f.field, f.expected ?? '(empty)', f.shown]));
  const wrong = wrongRows.length === 0 ? 'No field was wrongly filled.' : table(['file', 'field', 'expected', 'shown'], ['---', '---', '---', '---'], wrongRows);
  return [
    `## Certificate reading (${summary.files} files, ${summary.failed} failed)`,
    '',
    targets,
    '',
    fields,
    '',
    groups,
    '',
    '### Wrongly filled',
    '',
    wrong,
  ].join('\n');
}
