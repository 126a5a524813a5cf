/**
 * Search timings over the fixed queries: each query once as the first search of a fresh visit
 * (nothing cached, the index not yet loaded), then all of them in one visit after a first
 * search has woken the engine. Chromium at full speed on an open local network: these figures
 * are the search's own cost, not the network's.
 */
import type { Browser } from '@playwright/test';
import { QUERIES } from '../queries.ts';
import { openSearch, SITE_SEARCH, timeSearch, type SearchSurface, type SearchTiming } from '../lib/search-timing.ts';
import type { StaticSite } from '../lib/static-server.ts';
import { spread, type Spread } from '../lib/stats.ts';

export interface SearchResults {
  first: SearchTiming[];
  later: SearchTiming[];
  summary: { firstMs: Spread; firstBytes: Spread; laterMs: Spread; laterBytes: Spread };
}

/** Each query as the first search of a fresh visit: nothing cached, the index not yet loaded. */
export async function firstSearches(browser: Browser, site: StaticSite, distDir: string, queries: readonly string[], surface: SearchSurface = SITE_SEARCH): Promise<SearchTiming[]> {
  const first: SearchTiming[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openSearch(page, new URL(surface.path, site.url).href, surface);
    first.push(await timeSearch(page, site, distDir, query, surface));
    await context.close();
  }
  return first;
}

export async function searchTimings(browser: Browser, site: StaticSite, distDir: string, queries: readonly string[] = QUERIES): Promise<SearchResults> {
  const searchUrl = new URL('search/', site.url).href;
  const first = await firstSearches(browser, site, distDir, queries);

  const context = await browser.newContext();
  const page = await context.newPage();
  await openSearch(page, searchUrl);
  // Wakes the engine with a query not in the list, so every listed query is a later one.
  await timeSearch(page, site, distDir, 'Kabul');
  const later: SearchTiming[] = [];
  for (const query of queries) later.push(await timeSearch(page, site, distDir, query));
  await context.close();

  return {
    first,
    later,
    summary: {
      firstMs: spread(first.map((timing) => timing.ms)),
      firstBytes: spread(first.map((timing) => timing.bytes)),
      laterMs: spread(later.map((timing) => timing.ms)),
      laterBytes: spread(later.map((timing) => timing.bytes)),
    },
  };
}
