import { splitUnbreakable } from '../core/text/unbreakable';

/** Text whose dates and 学时 figures never break across lines (src/core/text/unbreakable.ts): a phone shows "52.5 学时" whole. */
export function UnbreakableText({ text }: { text: string }) {
  return (
    <>
      {splitUnbreakable(text).map((piece, index) =>
        piece.keep ? (
          <span key={index} class="nowrap">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
