import type { Nodes, Root } from 'mdast';
// mdast-util-to-hast (the step from Markdown to HTML) declares data.hProperties on mdast nodes.
import type {} from 'mdast-util-to-hast';
import { splitTrailingAnchor } from '../core/policy/anchors';

/**
 * Turns a trailing ` {#id}` on a heading or paragraph into that element's id,
 * so a notice's paragraphs have stable, hand-chosen fragment ids.
 */
export function remarkAnchorIds() {
  return (tree: Root) => {
    visit(tree);
  };
}

function visit(node: Nodes): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    const last = node.children.at(-1);
    if (last?.type === 'text') {
      const { text, id } = splitTrailingAnchor(last.value);
      if (id !== undefined) {
        last.value = text;
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      }
    }
  }
  if ('children' in node) node.children.forEach(visit);
}
