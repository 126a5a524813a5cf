import type { TextSpan } from './text-fragment';

/** Elements that begin a new block of text: a directive's term never runs from one into the next. */
const BLOCKS =
  'p, li, h1, h2, h3, h4, h5, h6, blockquote, dt, dd, figcaption, td, th, pre, div, section, header, footer, nav, aside, main, article, ol, ul, dl, table, form, body';

interface Piece {
  node: Text;
  start: number;
}

/**
 * The visible text under an element as one string, the form `src/lib/text-fragment.ts` reads:
 * `\n` between blocks and nowhere else. Offsets in it lead back to text nodes and the other way.
 */
export class PageText {
  readonly text: string;
  readonly #pieces: Piece[] = [];

  constructor(root: Element, skip: string) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    let block: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(`script, style, template, ${skip}`) || !parent.checkVisibility()) continue;
      const nodeBlock = parent.closest(BLOCKS);
      if (block && nodeBlock !== block) text += '\n';
      block = nodeBlock;
      this.#pieces.push({ node: node as Text, start: text.length });
      // Line breaks inside a block are spaces to the reader; same length, so offsets still line up.
      text += (node as Text).data.replaceAll('\n', ' ');
    }
    this.text = text;
  }

  /** The offset in `text` of a boundary point of a range: at a text node, or before the first text that follows it. */
  offsetAt(container: Node, offset: number): number {
    const inText = this.#pieces.find((piece) => piece.node === container);
    if (inText) return inText.start + offset;
    const point = document.createRange();
    point.setStart(container, offset);
    return this.#pieces.find((piece) => point.comparePoint(piece.node, 0) >= 0)?.start ?? this.text.length;
  }

  /** The text nodes a span covers, each with the part of it inside the span. */
  nodesIn({ start, end }: TextSpan): { node: Text; start: number; end: number }[] {
    return this.#pieces
      .filter((piece) => piece.start < end && piece.start + piece.node.length > start)
      .map((piece) => ({
        node: piece.node,
        start: Math.max(0, start - piece.start),
        end: Math.min(piece.node.length, end - piece.start),
      }));
  }

  /** A DOM range over a span. */
  rangeOf(span: TextSpan): Range | undefined {
    const nodes = this.nodesIn(span);
    const first = nodes[0];
    const last = nodes.at(-1);
    if (!first || !last) return undefined;
    const range = document.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    return range;
  }
}
