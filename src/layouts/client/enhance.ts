/**
 * Every page's one script file, and nothing in it is needed to read: each page reads in full
 * without JavaScript. It loads the enhancements this page has use for, each a module of its own
 * (cached from page to page). It runs only once the page has painted (`inline-script.ts` moves it
 * into the page then), so most enhancements load at once. Controls further down the
 * page (the share control of each question, the citation's copy buttons) load as they come on
 * screen: their buttons show once they work, so a reader never presses one that does nothing.
 */
import { HIGHLIGHT_PARAM } from '@/search/client/highlight-param';

interface Enhancement {
  /** Elements that want it; none on the page, nothing loads. */
  selector: string;
  load: () => Promise<unknown>;
  /** `painted`: at once, the page having painted; `seen`: when one of its elements comes on screen. */
  when: 'painted' | 'seen';
  /** A condition besides the elements, where the address decides. */
  only?: () => boolean;
}

const ENHANCEMENTS: readonly Enhancement[] = [
  { selector: 'site-search', load: () => import('@/search/client/site-search'), when: 'painted' },
  { selector: 'toc-nav', load: () => import('@/article/client/toc'), when: 'painted' },
  { selector: '.question', load: () => import('@/quotes/client/load-quotes'), when: 'painted' },
  {
    selector: '[data-pagefind-body]',
    load: () => import('@/search/client/highlight-on-arrival'),
    when: 'painted',
    only: () => new URLSearchParams(location.search).has(HIGHLIGHT_PARAM),
  },
  { selector: '[data-moved]', load: () => import('@/article/client/follow-move'), when: 'painted' },
  { selector: 'details.share', load: () => import('@/social/client/share-question'), when: 'seen' },
  { selector: 'copy-reference', load: () => import('@/citation/client/copy-reference'), when: 'seen' },
];

// A reader leaving the page cancels the loads still under way, and the browser fails their
// imports; that is no failure of the page's, while any other still shows.
let leaving = false;
addEventListener('pagehide', () => (leaving = true));
const start = (load: () => Promise<unknown>) =>
  load().catch((error: unknown) => {
    if (!leaving) throw error;
  });

function whenSeen(elements: NodeListOf<Element>, load: () => void) {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    load();
  });
  for (const element of elements) observer.observe(element);
}

for (const { selector, load, when, only } of ENHANCEMENTS) {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0 || (only && !only())) continue;
  if (when === 'painted') void start(load);
  else whenSeen(elements, () => void start(load));
}
