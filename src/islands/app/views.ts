/** The log's views, in the order the navigation shows them; the URL hash names the open one. */
export const LOG_VIEWS = ['progress', 'entries', 'declare', 'summary', 'data'] as const;
export type LogView = (typeof LOG_VIEWS)[number];

export const DEFAULT_VIEW: LogView = 'progress';

/**
 * The view a URL hash names (`#entries` → 记录), or null when it names none:
 * an in-page anchor such as the skip link's `#main`, a typo, a hostile link.
 * Only the listed names are ever trusted. No hash at all (the page as first
 * opened, or back to it) is the default view.
 */
export function viewFromHash(hash: string): LogView | null {
  const name = hash.replace(/^#/, '');
  if (name === '') return DEFAULT_VIEW;
  return (LOG_VIEWS as readonly string[]).includes(name) ? (name as LogView) : null;
}

export function hashOfView(view: LogView): string {
  return `#${view}`;
}
