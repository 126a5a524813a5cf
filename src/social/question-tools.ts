import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Question } from '@/content/schema';
import { sharePageRelativePath } from '@/shared/paths';

/**
 * The self-link, copy buttons and share-page link beside a question (their behaviour is
 * `client/copy-link.ts`, their look `share.css`); kept out of the heading so result titles stay
 * clean. The share page is linked relative to the article, so it follows the base path.
 */
export function questionTools(question: Pick<Question, 'anchor' | 'text'>): Element {
  const named = (label: string, action: string) => [h('span.copy-link-label', label), h('span.sr-only', ` ${action} “${question.text}”`)];
  return h('span.question-tools', { dataPagefindIgnore: 'all' }, [
    h('a.self-link', { href: `#${question.anchor}` }, [
      h('span', { ariaHidden: 'true' }, '#'),
      h('span.sr-only', `Link to the question “${question.text}”`),
    ]),
    h('copy-link', { dataAnchor: question.anchor }, [
      h('button', { type: 'button', dataCopy: 'question' }, named('Copy link', 'to the question')),
      h('button', { type: 'button', dataCopy: 'share-page' }, named('Copy share-page link', 'for the question')),
      // Shown only where the browser can share.
      h('button', { type: 'button', dataShare: '', hidden: true }, named('Share…', 'the question')),
      h('span.sr-only', { role: 'status' }),
    ]),
    h('a.share-page-link', { href: sharePageRelativePath(question.anchor) }, named('Share page', 'for the question')),
  ]);
}
