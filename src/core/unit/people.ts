/**
 * Who a file is about, across the files a unit imports. A person is known by
 * their name plus whichever of 工号 (staffNumber), 证件号码 (idNumber) and 科室
 * (department) the files carry; a field a file leaves out never counts for or
 * against a match.
 *
 * The rules, in order (`matchPerson`):
 * 1. 证件号码 first, then 工号 (each unique to one person in a unit): a known
 *    person with the same number is that person when the name agrees and no
 *    other number contradicts it; a same number under another name, or a
 *    second number that contradicts, is never settled here: ambiguous, for
 *    HR to decide (a typo, or two people mixed up).
 * 2. Otherwise by name: the known people of the same name that nothing
 *    contradicts (a 证件号码, 工号 or 科室 both carry and that differs is a
 *    contradiction) are the candidates. One candidate: the same person (the
 *    file updates it, never duplicates it). Several: ambiguous. None: a new
 *    person, even where a namesake exists in another 科室 or with another
 *    证件号码 (two people, same name). But a namesake of the same 科室 that
 *    differs only by 证件号码 is a second file claiming that person with
 *    another number: ambiguous.
 * 3. A number carried by the incoming file that another known person of the
 *    same name lacks does not contradict: the file fills it in.
 *
 * Names and numbers are compared after normalising: Unicode NFKC (full-width
 * letters and digits as ASCII), no whitespace, numbers in upper case (a 身份证
 * ending in x or X is one number).
 */

/** A person's identifying fields, as a file or the ledger holds them. */
export interface PersonKey {
  name: string;
  staffNumber?: string | undefined;
  idNumber?: string | undefined;
  department?: string | undefined;
}

/** A person already in the ledger. */
export interface KnownPerson extends PersonKey {
  personId: string;
}

export type MatchedBy = 'idNumber' | 'staffNumber' | 'name';

export type AmbiguousReason =
  /** Several known people of the same name, none ruled out. */
  | 'sameName'
  /** A known person carries the same 证件号码 or 工号 under another name. */
  | 'numberOtherName'
  /** One number matches a known person, the other number contradicts. */
  | 'numbersContradict';

export type PersonMatch =
  | { kind: 'new' }
  | { kind: 'same'; personId: string; by: MatchedBy }
  | { kind: 'ambiguous'; reason: AmbiguousReason; candidates: string[] }
  /** The incoming file names nobody: it cannot be placed. */
  | { kind: 'unnamed' };

const NUMBER_FIELDS = ['idNumber', 'staffNumber'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** A name as compared: NFKC, no whitespace. */
export function normalName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

/** A 工号, 证件号码 or 科室 as compared (numbers also upper case); undefined when blank. */
export function normalField(value: string | undefined, field: NumberField | 'department'): string | undefined {
  if (value === undefined) return undefined;
  const normal = normalName(value);
  if (normal === '') return undefined;
  return field === 'department' ? normal : normal.toUpperCase();
}

function contradicts(a: PersonKey, b: PersonKey, field: NumberField | 'department'): boolean {
  const left = normalField(a[field], field);
  const right = normalField(b[field], field);
  return left !== undefined && right !== undefined && left !== right;
}

/**
 * Whether `incoming` is someone in `known` (same: update that person), no one
 * yet (new), or cannot be told without HR (ambiguous, with the candidates'
 * ids in the ledger's order). The rules are above.
 */
export function matchPerson(incoming: PersonKey, known: readonly KnownPerson[]): PersonMatch {
  const name = normalName(incoming.name);
  if (name === '') return { kind: 'unnamed' };

  for (const field of NUMBER_FIELDS) {
    const number = normalField(incoming[field], field);
    if (number === undefined) continue;
    const holders = known.filter((person) => normalField(person[field], field) === number);
    if (holders.length === 0) continue;
    const ids = holders.map((person) => person.personId);
    if (holders.some((person) => normalName(person.name) !== name)) return { kind: 'ambiguous', reason: 'numberOtherName', candidates: ids };
    const other = field === 'idNumber' ? 'staffNumber' : 'idNumber';
    if (holders.some((person) => contradicts(incoming, person, other))) return { kind: 'ambiguous', reason: 'numbersContradict', candidates: ids };
    const [holder] = holders;
    if (holders.length === 1 && holder !== undefined) return { kind: 'same', personId: holder.personId, by: field };
    return { kind: 'ambiguous', reason: 'sameName', candidates: ids };
  }

  // A namesake in the same 科室 whose 证件号码 alone differs: a second file claiming the same person with another number.
  const clashing = known.filter(
    (person) =>
      normalName(person.name) === name &&
      contradicts(incoming, person, 'idNumber') &&
      normalField(incoming.department, 'department') !== undefined &&
      normalField(incoming.department, 'department') === normalField(person.department, 'department') &&
      !contradicts(incoming, person, 'staffNumber'),
  );
  if (clashing.length > 0) return { kind: 'ambiguous', reason: 'numbersContradict', candidates: clashing.map((person) => person.personId) };

  const candidates = known.filter(
    (person) =>
      normalName(person.name) === name &&
      !contradicts(incoming, person, 'idNumber') &&
      !contradicts(incoming, person, 'staffNumber') &&
      !contradicts(incoming, person, 'department'),
  );
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) return { kind: 'same', personId: only.personId, by: 'name' };
  if (candidates.length > 1) return { kind: 'ambiguous', reason: 'sameName', candidates: candidates.map((person) => person.personId) };
  return { kind: 'new' };
}

/**
 * The person's fields after a matched file: what the file carries replaces
 * what the ledger had, and what it leaves out is kept (a file without a 科室
 * never erases it).
 */
export function mergePerson<P extends PersonKey>(known: P, incoming: PersonKey): P {
  const merged: P = { ...known, name: incoming.name.trim() || known.name };
  for (const field of [...NUMBER_FIELDS, 'department'] as const) {
    const value = incoming[field]?.trim();
    if (value !== undefined && value !== '') merged[field] = value;
  }
  return merged;
}
