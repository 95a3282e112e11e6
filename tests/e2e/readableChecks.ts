import type { Page } from '@playwright/test';

/** The smallest type the site allows anywhere, and the smallest tap target (WCAG 2.5.5), in CSS pixels. */
export const MIN_TEXT_PX = 14;
export const MIN_TARGET_PX = 44;

/** Text a person can see that is set under MIN_TEXT_PX: "<tag.class> 12px “text”" per offender (SVG text at its drawn size). */
export function smallText(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || seen.has(element) || (node.textContent ?? '').trim() === '') continue;
      seen.add(element);
      if (element.closest('script, style, noscript, template, [hidden]')) continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1);
      // Clipped to nothing (visually hidden for screen readers) or not laid out.
      if (rects.length === 0) continue;
      let size = parseFloat(style.fontSize);
      // SVG text is set in the drawing's units: its size on screen is the font size times the vertical scale
      // from those units to the screen (the viewBox against the drawn box, and any transform on the way).
      if (element instanceof SVGGraphicsElement) {
        const ctm = element.getScreenCTM();
        if (ctm) size *= Math.hypot(ctm.c, ctm.d);
      }
      if (size < min - 0.01) {
        const name = `${element.tagName.toLowerCase()}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
        found.push(`${name} ${size.toFixed(1)}px “${(node.textContent ?? '').trim().slice(0, 30)}”`);
      }
    }
    return found;
  }, MIN_TEXT_PX);
}

/**
 * Visible interactive elements smaller than MIN_TARGET_PX either way: links (inline ones too), buttons,
 * inputs, selects, textareas, summaries. A checkbox or radio counts with its label, which toggles it.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])')) {
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || element.closest('[hidden]')) continue;
      const box = element.getBoundingClientRect();
      // The skip link waits above the page until it is focused; a file input hides inside its label button.
      if (box.width === 0 || box.height === 0 || box.bottom <= 0 || style.opacity === '0') continue;
      if (box.width <= 1 && box.height <= 1) continue;
      let target = box;
      const label = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio' || element.type === 'file') ? element.labels?.[0] : undefined;
      if (label) target = label.getBoundingClientRect();
      if (target.width < min - 0.5 || target.height < min - 0.5) {
        const text = (element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).name || '').trim().slice(0, 30);
        found.push(`${element.tagName.toLowerCase()} ${Math.round(target.width)}×${Math.round(target.height)} “${text}”`);
      }
    }
    return found;
  }, MIN_TARGET_PX);
}

/**
 * Dates (2025-03-01, 2025年3月1日) and 学时 figures ("12.5 学时") that the browser broke across two lines:
 * each is measured with a Range over just its characters.
 */
export function brokenFigures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The same figures as src/core/text/unbreakable.ts.
    const pattern = /\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月(?:\d{1,2}日)?|(?:[≥≤]\s?)?\d+(?:\.\d+)?\s?学时/g;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const element = node.parentElement;
      if (!element || element.closest('script, style, [hidden], .visually-hidden')) continue;
      for (const match of text.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size > 1) found.push(`${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} “${match[0]}”`);
      }
    }
    return found;
  });
}
