import { countedYear } from '../entries/countedYear';
import type { Entry } from '../schemas/entry';
import { matchPerson, mergePerson, type AmbiguousReason, type KnownPerson, type MatchedBy } from './people';

/**
 * What one import into the unit's ledger would do, before anything is
 * written: each file read (or refused), matched to a person of the ledger
 * (or to a person an earlier file of the same import brings), with HR's
 * choices for the ambiguous ones applied. Pure; the ids of new people come
 * from `newId`, so the preview and the write agree.
 */

/** A person as the ledger keeps them: the identifying fields and the rest of what their files said. */
export interface LedgerPerson extends KnownPerson {
  title?: string | undefined;
  employer?: string | undefined;
  specialty?: string | undefined;
}

/** One file as read: a person and their entries, for the years it covers (null: every year, as a full backup). */
export type ReadFile =
  | { fileName: string; ok: true; person: Omit<LedgerPerson, 'personId'>; entries: readonly Entry[]; years: readonly number[] | null }
  | { fileName: string; ok: false; message: string };

export interface CandidatePerson {
  personId: string;
  name: string;
  department: string;
  staffNumber: string;
}

export type PlanItem =
  | { fileName: string; outcome: 'refused'; message: string }
  | { fileName: string; outcome: 'unnamed' }
  | { fileName: string; outcome: 'new'; personId: string; name: string; entryCount: number }
  | { fileName: string; outcome: 'update'; personId: string; name: string; entryCount: number; by: MatchedBy | 'chosen' }
  | { fileName: string; outcome: 'ambiguous'; name: string; reason: AmbiguousReason; candidates: CandidatePerson[] };

/** HR's answer for an ambiguous file (by its index in the import): one of the candidates, or a new person. */
export type ImportChoice = { personId: string } | 'new';

/** A person's entries as the file brings them: the years listed (or all) are replaced by these. */
export interface Replacement {
  personId: string;
  years: number[] | null;
  entries: Entry[];
}

export interface ImportPlan {
  items: PlanItem[];
  /** Files still waiting for HR's choice; the import writes nothing while any is. */
  undecided: number;
  /** Files that will be written. */
  accepted: number;
  /** Every person written (new or updated), merged with what the ledger had. */
  people: LedgerPerson[];
  /** In file order: a later file of the same person replaces what an earlier one brought for the same years. */
  replacements: Replacement[];
}

const OPTIONAL_FIELDS = ['title', 'employer', 'specialty'] as const;

function merged(known: LedgerPerson, incoming: Omit<LedgerPerson, 'personId'>): LedgerPerson {
  const person = mergePerson(known, incoming);
  for (const field of OPTIONAL_FIELDS) {
    const value = incoming[field]?.trim();
    if (value !== undefined && value !== '') person[field] = value;
  }
  return person;
}

function candidate(person: LedgerPerson): CandidatePerson {
  return { personId: person.personId, name: person.name, department: person.department?.trim() ?? '', staffNumber: person.staffNumber?.trim() ?? '' };
}

/** The import of `files` into a ledger holding `known`, with HR's `choices` for ambiguous files. */
export function planImport(files: readonly ReadFile[], known: readonly LedgerPerson[], choices: ReadonlyMap<number, ImportChoice>, newId: (index: number) => string): ImportPlan {
  const people = new Map(known.map((person) => [person.personId, person]));
  const touched = new Set<string>();
  const items: PlanItem[] = [];
  const replacements: Replacement[] = [];
  let undecided = 0;

  files.forEach((file, index) => {
    if (!file.ok) {
      items.push({ fileName: file.fileName, outcome: 'refused', message: file.message });
      return;
    }
    const match = matchPerson(file.person, [...people.values()]);
    if (match.kind === 'unnamed') {
      items.push({ fileName: file.fileName, outcome: 'unnamed' });
      return;
    }
    let target: { personId: string; by: MatchedBy | 'chosen' } | 'new' | undefined;
    if (match.kind === 'new') target = 'new';
    else if (match.kind === 'same') target = { personId: match.personId, by: match.by };
    else {
      const choice = choices.get(index);
      if (choice === 'new') target = 'new';
      else if (choice !== undefined && match.candidates.includes(choice.personId)) target = { personId: choice.personId, by: 'chosen' };
    }
    const name = file.person.name.trim();
    if (target === undefined) {
      if (match.kind !== 'ambiguous') return;
      undecided += 1;
      items.push({ fileName: file.fileName, outcome: 'ambiguous', name, reason: match.reason, candidates: match.candidates.flatMap((id) => (people.has(id) ? [candidate(people.get(id) as LedgerPerson)] : [])) });
      return;
    }
    let personId: string;
    if (target === 'new') {
      personId = newId(index);
      people.set(personId, merged({ personId, name }, file.person));
      items.push({ fileName: file.fileName, outcome: 'new', personId, name, entryCount: file.entries.length });
    } else {
      personId = target.personId;
      const before = people.get(personId) as LedgerPerson;
      people.set(personId, merged(before, file.person));
      items.push({ fileName: file.fileName, outcome: 'update', personId, name: before.name, entryCount: file.entries.length, by: target.by });
    }
    touched.add(personId);
    replacements.push({ personId, years: file.years === null ? null : [...file.years], entries: [...file.entries] });
  });

  return {
    items,
    undecided,
    accepted: replacements.length,
    people: [...touched].map((id) => people.get(id) as LedgerPerson),
    replacements,
  };
}

/**
 * A person's entries after the replacements meant for them, in order: the
 * years a file covers are what that file says (an entry the person deleted
 * goes), other years are kept; a full backup (years null) replaces all.
 */
export function replacedEntries(current: readonly Entry[], replacements: readonly Replacement[]): Entry[] {
  let entries = [...current];
  for (const replacement of replacements) {
    const years = replacement.years === null ? null : new Set(replacement.years);
    entries = years === null ? [...replacement.entries] : [...entries.filter((entry) => !years.has(countedYear(entry))), ...replacement.entries];
  }
  return entries;
}
