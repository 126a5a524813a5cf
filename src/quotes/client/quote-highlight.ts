import { findTextDirective, parseFragment } from './text-fragment';
import { PageText } from './page-text';
import { unfollowedQuoteAddress } from './quote-arrival';

/**
 * For browsers that do not follow text fragments: marks the quoted passage in its question and
 * brings it on screen, as those that do would. The question's own anchor then becomes the
 * address's fragment again, so the question is marked as the one the link led to.
 */
export function highlightQuote(): void {
  const address = unfollowedQuoteAddress();
  if (!address) return;
  const { anchor, directives } = parseFragment(new URL(address).hash);
  const [directive] = directives;
  if (!directive) return;
  const question = anchor ? document.getElementById(anchor) : null;
  if (question) location.replace(`#${anchor}`);
  const scope = question?.closest('section.question') ?? document.querySelector('.article-body');
  if (!scope) return;

  const pageText = new PageText(scope, '[data-pagefind-ignore]');
  const span = findTextDirective(pageText.text, directive);
  if (!span) return;
  // White space between paragraphs is no part of the passage a reader sees.
  const pieces = pageText.nodesIn(span).filter(({ node, start, end }) => node.data.slice(start, end).trim() !== '');
  const marks = pieces.map(({ node, start, end }) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const mark = document.createElement('mark');
    mark.className = 'quote-highlight';
    range.surroundContents(mark);
    return mark;
  });
  marks[0]?.scrollIntoView({ block: 'center' });
}
