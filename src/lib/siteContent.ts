import { getCollection, type CollectionEntry } from 'astro:content';
import { crossReferenceProblems } from '../core/policy/crossReferences';
import { POLICY_PAGE_ANCHORS } from './policyPageAnchors';

export interface SiteContent {
  policies: CollectionEntry<'policy'>[];
  guidance: CollectionEntry<'guidance'>[];
  basesFiles: CollectionEntry<'bases'>[];
  rules: CollectionEntry<'rules'>[];
  calendars: CollectionEntry<'calendar'>[];
  /** The Gregorian dates of the 办法's lunar holidays and 清明 (one table), for years without a schedule. */
  festivalDates: CollectionEntry<'festivals'>['data']['years'];
}

let loaded: Promise<SiteContent> | undefined;

/**
 * All collections, with the cross-file checks applied. Every page reads content
 * through here, so a broken link or citation fails the build whichever page
 * is built first.
 */
export function loadSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [policies, guidance, basesFiles, rules, calendars, festivals] = await Promise.all([
    getCollection('policy'),
    getCollection('guidance'),
    getCollection('bases'),
    getCollection('rules'),
    getCollection('calendar'),
    getCollection('festivals'),
  ]);
  const problems = crossReferenceProblems(
    policies.map((entry) => ({
      file: entry.filePath ?? entry.id,
      body: entry.body ?? '',
      year: entry.data.year,
      extraAnchors: [...POLICY_PAGE_ANCHORS, entry.data.attachment.anchor],
    })),
    guidance.map((entry) => ({ file: entry.filePath ?? entry.id, body: entry.body ?? '' })),
    rules.map((entry) => ({ file: entry.filePath ?? entry.id, rule: entry.data })),
  );
  if (problems.length > 0) {
    throw new Error(`Content cross-references are broken:\n  ${problems.join('\n  ')}`);
  }
  policies.sort((a, b) => b.data.year - a.data.year);
  guidance.sort((a, b) => a.data.order - b.data.order);
  rules.sort((a, b) => b.data.year - a.data.year);
  calendars.sort((a, b) => a.data.year - b.data.year);
  const festivalDates = festivals.flatMap((entry) => entry.data.years).sort((a, b) => a.year - b.year);
  return { policies, guidance, basesFiles, rules, calendars, festivalDates };
}

/** The bases directory's search words (content/search/base-synonyms.json). */
export async function baseSynonyms(): Promise<CollectionEntry<'search'>['data']> {
  const file = (await getCollection('search')).find((entry) => entry.id === 'base-synonyms');
  if (!file) throw new Error('content/search/base-synonyms.json is missing');
  return file.data;
}

/** The attachment list of bases for a notice's year. */
export async function basesFor(year: number): Promise<CollectionEntry<'bases'>['data']> {
  const { basesFiles } = await loadSiteContent();
  const file = basesFiles.find((entry) => entry.data.policyYear === year);
  if (!file) throw new Error(`No bases list for ${year} in content/bases`);
  return file.data;
}
