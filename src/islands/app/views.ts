/** The log's views, in the order the navigation shows them; the URL hash names the open one. */
export const LOG_VIEWS = ['progress', 'entries', 'declare', 'summary', 'data'] as const;
export type LogView = (typeof LOG_VIEWS)[number];

export const DEFAULT_VIEW: LogView = 'progress';

/**
 * The view a URL hash asks for: `#entries` → 记录. Anything else (an old
 * in-page anchor, a typo, a hostile link) opens the default view rather than
 * trusting the hash.
 */
export function viewFromHash(hash: string): LogView {
  const name = hash.replace(/^#/, '').split('/')[0] ?? '';
  return (LOG_VIEWS as readonly string[]).includes(name) ? (name as LogView) : DEFAULT_VIEW;
}

export function hashOfView(view: LogView): string {
  return `#${view}`;
}
