/** Every page of the site. A crawl test keeps this list equal to what the links reach. */
export const SITE_PAGES = [
  '/',
  '/log/',
  '/policy/2025/',
  '/guide/',
  '/guide/public-subjects/',
  '/guide/professional-subjects/',
  '/guide/hours-and-declaration/',
  '/guide/faq/',
  '/bases/',
  '/search/',
  '/about/',
  '/unit/',
] as const;

/**
 * Pages that may ship a script of their own: the home page (the current year from the device's clock),
 * the log app, the bases filter, the search and the unit's ledger.
 */
export const PAGES_WITH_SCRIPT = ['/', '/log/', '/bases/', '/search/', '/unit/'] as const;

/** Dependency-free check that a path is one of ours. */
export function isSitePath(href: string, base: string): URL | undefined {
  const url = new URL(href, base);
  return url.origin === new URL(base).origin ? url : undefined;
}
