import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Question } from '@/content/schema';
import { sharePageRelativePath } from '@/shared/paths';

/**
 * The self-link and the one share control beside a question, kept out of the heading so result
 * titles stay clean. The control is a disclosure (`<details>`): it opens without JavaScript and
 * offers the share page as a link; its copy and share-sheet buttons stay hidden until their
 * behaviour (`client/share-question.ts`) shows them. Look: `share.css`. The share page is linked
 * relative to the article, so it follows the base path.
 */
export function questionTools(question: Pick<Question, 'anchor' | 'text'>): Element {
  const quoted = h('span.sr-only', ` “${question.text}”`);
  const action = (label: string, properties: Record<string, unknown>) => h('button', { type: 'button', hidden: true, ...properties }, [h('span', label), quoted]);
  return h('div.question-tools', { dataPagefindIgnore: 'all' }, [
    h('a.self-link', { href: `#${question.anchor}` }, [h('span', { ariaHidden: 'true' }, '#'), h('span.sr-only', `Link to the question “${question.text}”`)]),
    h('details.share', { dataAnchor: question.anchor }, [
      h('summary', ['Share', h('span.sr-only', ` the question “${question.text}”`)]),
      action('Copy link', { dataCopy: 'question' }),
      action('Copy share-page link', { dataCopy: 'share-page' }),
      action('Share…', { dataShare: '' }),
      h('a', { href: sharePageRelativePath(question.anchor) }, ['Share page', quoted]),
      h('span.sr-only', { role: 'status' }),
    ]),
  ]);
}
