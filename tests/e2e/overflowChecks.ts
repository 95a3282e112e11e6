import type { Page } from '@playwright/test';

/**
 * Content a person cannot fully see: text cut off by its box (overflow hidden or clip, an ellipsis),
 * text spilling out of the box it belongs to, and anything that pushes the page sideways.
 * One line per offender: "<tag.class> “text” what is wrong (widths)". A region that is explicitly
 * a scroll container (overflow auto or scroll) is allowed to hold wider content: it scrolls.
 */
export async function overflowingContent(page: Page): Promise<string[]> {
  // Measured at rest: a sliding sheet or a fading tab is mid-way through its box while it moves.
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return page.evaluate(() => {
    const TOLERANCE = 1;
    const found: string[] = [];
    const seen = new Set<string>();
    const report = (line: string) => {
      if (!seen.has(line)) seen.add(line);
      else return;
      found.push(line);
    };
    const name = (element: Element) => {
      const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      // A form control is named by its label too, as a person finds it.
      const label = element instanceof HTMLSelectElement ? (element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? '').trim() : '';
      return `${element.tagName.toLowerCase()}${classes}${label ? `[${label.slice(0, 12)}]` : ''}`;
    };
    const snippet = (element: Element) => `“${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24)}”`;
    const clips = (value: string) => value === 'hidden' || value === 'clip';
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    /** Drawn and on screen for a person: not hidden, not transparent, not a 1-px screen-reader box. */
    const shown = (element: Element) => {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      if (element.closest('script, style, noscript, template, [hidden], .visually-hidden')) return false;
      const box = element.getBoundingClientRect();
      return box.width > TOLERANCE || box.height > TOLERANCE;
    };
    /** The padding box: what an element with overflow hidden still shows. */
    const paddingBox = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const left = box.left + parseFloat(style.borderLeftWidth);
      const top = box.top + parseFloat(style.borderTopWidth);
      return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
    };

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const textParents = new Set<Element>();
    const cutters = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || (node.textContent ?? '').trim() === '' || !shown(parent)) continue;
      if (parent instanceof SVGElement) continue;
      textParents.add(parent);
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > TOLERANCE && rect.height > TOLERANCE);
      if (rects.length === 0) continue;
      const left = Math.min(...rects.map((rect) => rect.left));
      const right = Math.max(...rects.map((rect) => rect.right));
      const top = Math.min(...rects.map((rect) => rect.top));
      const bottom = Math.max(...rects.map((rect) => rect.bottom));
      const text = `“${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24)}”`;

      // Text wider than the block it is set in, with nothing to scroll it into view.
      let block: Element | null = parent;
      while (block && getComputedStyle(block).display.startsWith('inline') && block !== document.body) block = block.parentElement;
      if (block && block !== document.body && !scrolls(getComputedStyle(block).overflowX)) {
        const box = paddingBox(block);
        if (right > box.right + TOLERANCE || left < box.left - TOLERANCE) {
          report(`${name(parent)} ${text} spills out of ${name(block)} (text ${Math.round(right - left)} px, box ${Math.round(box.right - box.left)} px)`);
        }
      }

      // Text cut off by an ancestor that hides its overflow, up to the nearest scroll container (named once per ancestor).
      for (let ancestor: Element | null = parent; ancestor && ancestor !== document.documentElement; ancestor = ancestor.parentElement) {
        if (cutters.has(ancestor)) break;
        const style = getComputedStyle(ancestor);
        const box = paddingBox(ancestor);
        const outX = clips(style.overflowX) && (right > box.right + TOLERANCE || left < box.left - TOLERANCE);
        const outY = clips(style.overflowY) && (bottom > box.bottom + TOLERANCE || top < box.top - TOLERANCE);
        if (outX || outY) {
          cutters.add(ancestor);
          report(`${name(parent)} ${text} is cut off by ${name(ancestor)} (overflow: ${style.overflowX} ${style.overflowY}; text ${Math.round(right - left)}×${Math.round(bottom - top)} px, box ${ancestor.clientWidth}×${ancestor.clientHeight} px)`);
          break;
        }
        if (scrolls(style.overflowX) || scrolls(style.overflowY)) break;
      }
    }

    // Boxes with text that clip it themselves (hidden, clip, an ellipsis, a line clamp).
    for (const element of document.body.querySelectorAll('*')) {
      if (element instanceof SVGElement || cutters.has(element) || !shown(element)) continue;
      if (![...textParents].some((parent) => element.contains(parent))) continue;
      const style = getComputedStyle(element);
      const cutX = (clips(style.overflowX) || style.textOverflow === 'ellipsis') && element.scrollWidth > element.clientWidth + TOLERANCE;
      const cutY = clips(style.overflowY) && element.scrollHeight > element.clientHeight + TOLERANCE;
      if (cutX) report(`${name(element)} ${snippet(element)} is clipped sideways (scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}, overflow-x: ${style.overflowX}, text-overflow: ${style.textOverflow})`);
      if (cutY) report(`${name(element)} ${snippet(element)} is clipped at the bottom (scrollHeight ${element.scrollHeight} > clientHeight ${element.clientHeight})`);
    }

    // A menu showing its chosen option cut short: a copy holding only that option, as wide as it needs, beside it.
    for (const select of document.body.querySelectorAll('select')) {
      if (!shown(select) || select.multiple || select.selectedIndex < 0) continue;
      const chosen = select.options[select.selectedIndex]?.text ?? '';
      const copy = document.createElement('select');
      copy.className = select.className;
      copy.append(new Option(chosen));
      Object.assign(copy.style, { width: 'auto', minWidth: '0', maxWidth: 'none', position: 'absolute', visibility: 'hidden' });
      select.after(copy);
      const needed = copy.getBoundingClientRect().width;
      copy.remove();
      const width = select.getBoundingClientRect().width;
      if (needed > width + TOLERANCE) report(`${name(select)} “${chosen.slice(0, 24)}” is cut short in its menu (needs ${Math.round(needed)} px, has ${Math.round(width)} px)`);
    }

    // The page scrolls sideways: name the outermost boxes that reach past the viewport.
    const viewport = document.documentElement.clientWidth;
    const pageWidth = document.scrollingElement?.scrollWidth ?? viewport;
    const wide = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.right > viewport + TOLERANCE || box.left < -TOLERANCE;
    };
    for (const element of document.body.querySelectorAll('*')) {
      if (!shown(element) || !wide(element)) continue;
      if (element.parentElement && element.parentElement !== document.body && wide(element.parentElement)) continue;
      let inScroller = false;
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        if (scrolls(getComputedStyle(ancestor).overflowX)) inScroller = true;
      }
      if (inScroller) continue;
      const box = element.getBoundingClientRect();
      report(`${name(element)} ${snippet(element)} reaches past the ${viewport} px viewport (left ${Math.round(box.left)}, right ${Math.round(box.right)})`);
    }
    if (pageWidth > window.innerWidth + TOLERANCE) report(`the page scrolls sideways (scrollWidth ${pageWidth} > innerWidth ${window.innerWidth})`);
    return found;
  });
}
