import { HIGHLIGHT_PARAM, withoutHighlight } from './highlight-param';
import { joinBase } from '@/shared/paths';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  /** mark.js's options, which Pagefind's highlighter passes on. */
  markOptions: {
    className: string;
    exclude: string[];
    caseSensitive: boolean;
    accuracy: { value: 'exactly'; limiters: string[] };
  };
}

/**
 * What may stand next to a whole word: space and punctuation, but not a hyphen or a letter, so
 * "IS-K" is not marked inside "ISIS-K" nor "Afghan" inside "Afghan-led". The address carries
 * the words as the text writes them, so each is marked only where it is written so.
 */
const WORD_LIMITS = [...',.;:!?()[]{}"“”‘’\'…–—/'];

function isInView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

/**
 * A reader who arrives from a search result sees the searched words marked in the answer, with
 * the first of them on screen; the address is then tidied so that a copied link stays clean.
 * Loaded only on a page whose address asks for it (`src/layouts/client/enhance.ts`).
 */
async function highlightSearchedWords(): Promise<void> {
  const { default: PagefindHighlight } = (await import(
    /* @vite-ignore */ joinBase(import.meta.env.BASE_URL, 'pagefind/pagefind-highlight.js')
  )) as { default: new (options: PagefindHighlightOptions) => unknown };
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      caseSensitive: true,
      accuracy: { value: 'exactly', limiters: WORD_LIMITS },
    },
  });
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = (target?.closest('section') ?? document).querySelector('mark.search-highlight');
  if (first && !isInView(first)) first.scrollIntoView({ block: 'center' });
  history.replaceState(history.state, '', withoutHighlight(location.href));
}

void highlightSearchedWords();
