import type { Locator } from '@playwright/test';

/**
 * The text a person reads in `root` without opening anything: visible text
 * outside every <details> (文件格式说明 holds the technical detail on purpose).
 */
export function primaryText(root: Locator): Promise<string> {
  return root.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (!parent || parent.closest('details, script, style') || !parent.checkVisibility()) continue;
      parts.push(walker.currentNode.textContent ?? '');
    }
    return parts.join(' ');
  });
}
