import { splitUnbreakable } from '../core/text/unbreakable';

/** Sets an element's text with its dates and 学时 figures in nowrap spans, as the built page has them. */
export function setUnbreakableText(element: HTMLElement, value: string): void {
  element.replaceChildren(
    ...splitUnbreakable(value).map((piece) => {
      if (!piece.keep) return document.createTextNode(piece.text);
      const span = document.createElement('span');
      span.className = 'nowrap';
      span.textContent = piece.text;
      return span;
    }),
  );
}
