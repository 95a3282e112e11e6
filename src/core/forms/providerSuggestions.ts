import type { Entry } from '../schemas/entry';

/** How many of the person's own providers the field offers before the bases. */
export const RECENT_PROVIDERS = 8;

/**
 * What the provider field suggests: the person's own providers, most recent
 * first, then the provincial bases not already among them; each name once.
 */
export function providerSuggestions(entries: readonly Entry[], baseNames: readonly string[]): string[] {
  const recent = [...entries]
    .filter((entry) => entry.providerName && entry.providerName.trim() !== '')
    .sort((a, b) => (a.endDate === b.endDate ? 0 : a.endDate < b.endDate ? 1 : -1))
    .map((entry) => (entry.providerName ?? '').trim());
  const own = [...new Set(recent)].slice(0, RECENT_PROVIDERS);
  return [...own, ...baseNames.filter((name) => !own.includes(name))];
}
