import type { ElementContent, Root, RootContent } from 'hast';
import { splitUnbreakable } from '../core/text/unbreakable';

/** Elements whose text is left alone: code and what the browser does not show as prose. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'title']);

/**
 * Wraps every date and 学时 figure of the rendered Markdown (the notice, the guidance pages)
 * in <span class="nowrap">, so `white-space: nowrap` keeps each on one line; the text itself is unchanged.
 */
export function rehypeNowrapFigures() {
  return (tree: Root) => {
    wrapChildren(tree);
  };
}

function wrapChildren(parent: { children: (RootContent | ElementContent)[] }): void {
  parent.children = parent.children.flatMap((child): (RootContent | ElementContent)[] => {
    if (child.type === 'element') {
      if (!SKIP.has(child.tagName)) wrapChildren(child);
      return [child];
    }
    return child.type === 'text' ? splitFigures(child.value) : [child];
  });
}

/** The text as text nodes and nowrap spans, in order; no character is added or lost. */
export function splitFigures(value: string): ElementContent[] {
  return splitUnbreakable(value).map((piece) =>
    piece.keep ? { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: piece.text }] } : { type: 'text', value: piece.text },
  );
}
