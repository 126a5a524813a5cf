/**
 * Times a search the way a reader sees it: from the last key pressed to the first results on
 * screen for what was typed, and to the last change of the results, measured inside the page
 * (all are `performance.now()` times), with the bytes of every file the server sent meanwhile
 * (what the browser found in its cache is free), as served (see `weight.ts`). Keys are pressed 60 ms
 * apart, like quick typing, and the search runs on every key: there is no fixed delay to add.
 * Once the reader pauses, the site searches the last word again as finished (and corrects it if
 * need be): the results count as settled only after that search too, so its bytes are counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sizedResource } from './first-visit.ts';
import type { StaticSite } from './static-server.ts';
import { servedSize, type Resource, type ServedSize } from './weight.ts';
import { LEXICON_DIR, LEXICON_PATHS } from '../../src/shared/paths.ts';
import type { LexiconContents } from '../../src/search/lexicon.ts';
import { TYPING_PAUSE_MS } from '../../src/search/client/words.ts';

export interface SearchTiming {
  query: string;
  /** Last keystroke to the last change of the results, in ms. */
  ms: number;
  /**
   * Last keystroke to the first change of the results after it that leaves a result on screen, in
   * ms: the first results for what was typed, which the search after a pause may fill in later.
   */
  firstResultsMs: number;
  bytes: number;
  requests: number;
  /** What the server sent, each file with its weight. */
  resources: Resource[];
  /** Where the first result leads, if there is one. */
  firstHit: string | null;
  status: string;
}

const KEY_DELAY = 60;
/** Results count as settled when nothing has changed for this long, and the search after a pause has had as long. */
const QUIET = 400;

/** Watches the search box's results and status, and remembers the time of the last key. */
function instrument(host: Element, firstHit: string): void {
  const marks = { lastKey: 0, lastChange: 0, firstResults: 0 };
  (window as unknown as { __searchMarks: typeof marks }).__searchMarks = marks;
  document.addEventListener('keydown', (event) => (marks.lastKey = event.timeStamp), { capture: true });
  new MutationObserver(() => {
    marks.lastChange = performance.now();
    if (marks.firstResults < marks.lastKey && host.querySelector(firstHit)) marks.firstResults = marks.lastChange;
  }).observe(host, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden'],
  });
}

/** Where a site's search is and how a reader reaches it: ours is a page, Starlight's a dialog. */
export interface SearchSurface {
  /** The page searched from, relative to the site. */
  path: string;
  /** What the reader does before typing, once the page has loaded. */
  open?: (page: Page) => Promise<void>;
  /** The element holding the results and the status line. */
  host: string;
  input: string;
  firstHit: string;
}

export const SITE_SEARCH: SearchSurface = {
  path: 'search/',
  host: 'site-search[data-variant="page"]',
  input: 'main input[type="search"]',
  firstHit: 'main a.search-hit',
};

/** A default Starlight site: the search button opens a dialog holding Pagefind's own interface. */
export const starlightSearch = (path: string): SearchSurface => ({
  path,
  open: (page) => page.locator('button[data-open-modal]').click(),
  host: '#starlight__search',
  input: '#starlight__search .pagefind-ui__search-input',
  firstHit: '#starlight__search .pagefind-ui__result-link',
});

export async function openSearch(page: Page, url: string, surface: SearchSurface = SITE_SEARCH): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await surface.open?.(page);
  await page.locator(surface.host).evaluate(instrument, surface.firstHit);
}

/** Clears the box (and waits for the results to clear), types the query, and waits for the results to settle. */
export async function timeSearch(page: Page, site: StaticSite, distDir: string, query: string, surface: SearchSurface = SITE_SEARCH): Promise<SearchTiming> {
  const box = page.locator(surface.input);
  if ((await box.inputValue()) !== '') {
    await box.fill('');
    await page.locator('main .search-status').filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
  }
  await page.waitForTimeout(QUIET);
  site.takeServed();
  await box.pressSequentially(query, { delay: KEY_DELAY });
  const seen = await page.evaluate(async ({ quiet, pause, firstHit }) => {
    const marks = (window as unknown as { __searchMarks: { lastKey: number; lastChange: number; firstResults: number } }).__searchMarks;
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline) {
      const now = performance.now();
      if (marks.lastChange > marks.lastKey && now - marks.lastChange > quiet && now - marks.lastKey > pause + quiet) {
        const ms = marks.lastChange - marks.lastKey;
        return {
          ms,
          // Nothing shown since the last key holds a result (no answer matches): its first results are its settled ones.
          firstResultsMs: marks.firstResults > marks.lastKey ? marks.firstResults - marks.lastKey : ms,
          firstHit: document.querySelector(firstHit)?.getAttribute('href') ?? null,
          status: document.querySelector('main .search-status')?.textContent ?? '',
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the results did not settle within 30 s');
  }, { quiet: QUIET, pause: TYPING_PAUSE_MS, firstHit: surface.firstHit });
  const base = new URL(site.url).pathname;
  const resources: Resource[] = site.takeServed().map((pathname) => sizedResource(pathname, distDir, base));
  return {
    query,
    ...seen,
    bytes: resources.reduce((sum, resource) => sum + resource.size.gzip, 0),
    requests: resources.length,
    resources,
  };
}

/** The bytes of the search's lexicon among what a search fetched, gzip: the part of the search this site adds to Pagefind's. */
export const lexiconBytesOf = (timing: SearchTiming): number =>
  timing.resources.filter((resource) => resource.pathname.includes(`/${LEXICON_DIR}`)).reduce((sum, resource) => sum + resource.size.gzip, 0);

/** Every word of a built site's lexicon, as served: all its files by length, of which a correction fetches the few near its word's. */
export function everyWordSize(distDir: string): ServedSize {
  const { lengths } = JSON.parse(readFileSync(join(distDir, LEXICON_PATHS.contents), 'utf8')) as LexiconContents;
  const sizes = lengths.map((length) => servedSize(LEXICON_PATHS.length(length), readFileSync(join(distDir, LEXICON_PATHS.length(length)))));
  return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/**
 * Times one query in a page whose engine is awake, given whole and finished (one input event, as
 * a paste followed by a space would, so it is searched, and corrected, at once rather than after
 * a pause): from the event to the results settling. Comparing two queries this way compares the
 * work search does for each, without the typing.
 */
export async function timeWholeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    async ({ query, quiet }) => {
      const marks = (window as unknown as { __searchMarks: { lastKey: number; lastChange: number } }).__searchMarks;
      const box = document.querySelector<HTMLInputElement>('main input[type="search"]')!;
      box.value = `${query} `;
      marks.lastChange = 0;
      marks.lastKey = performance.now();
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const deadline = performance.now() + 30_000;
      while (performance.now() < deadline) {
        if (marks.lastChange > marks.lastKey && performance.now() - marks.lastChange > quiet) return marks.lastChange - marks.lastKey;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`the results for "${query}" did not settle within 30 s`);
    },
    { query, quiet: QUIET },
  );
}
