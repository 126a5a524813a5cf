/**
 * What forgiving search costs: the lexicon's bytes (added to the first search only), and the time
 * a correction or a name's expansion adds to a warm query. Each query a reader might type is
 * timed against the query that finds the same passages directly, as the article writes it, both
 * searched the same number of times, alternately, in one warm page.
 */
import type { Browser } from '@playwright/test';
import { everyWordSize, openSearch, timeSearch, timeWholeQuery } from '../lib/search-timing.ts';
import type { StaticSite } from '../lib/static-server.ts';
import { spread, type Spread } from '../lib/stats.ts';
import type { ServedSize } from '../lib/weight.ts';

/** A query that needs forgiving, and the one that needs none: a misspelling, and names the text writes otherwise. */
export const FORGIVING_PAIRS = [
  { kind: 'correction', query: 'Nangahar', direct: 'Nangarhar' },
  { kind: 'correction', query: 'Talibn fighters', direct: 'Taliban fighters' },
  { kind: 'alias', query: 'TTP', direct: '"Pakistani Taliban"' },
  { kind: 'alias', query: 'Daesh', direct: '"Islamic State"' },
] as const;

export interface ForgivingCost {
  kind: string;
  query: string;
  direct: string;
  ms: Spread;
  directMs: Spread;
  /** Median of the query less median of the direct one. */
  addedMs: number;
}

export interface ForgivingResults {
  /** The lexicon's every word, in files by length: a word that needs correcting fetches those near its own. */
  lexicon: ServedSize;
  pairs: ForgivingCost[];
  /** The most any pair adds. */
  addedMs: number;
}

export async function forgivingCosts(browser: Browser, site: StaticSite, distDir: string, runs: number): Promise<ForgivingResults> {
  const lexicon = everyWordSize(distDir);

  const context = await browser.newContext();
  const page = await context.newPage();
  await openSearch(page, new URL('search/', site.url).href);
  await timeSearch(page, site, distDir, 'Kabul');
  const pairs: ForgivingCost[] = [];
  for (const { kind, query, direct } of FORGIVING_PAIRS) {
    const times = { query: [] as number[], direct: [] as number[] };
    for (let run = 0; run < runs; run++) {
      times.query.push(await timeWholeQuery(page, query));
      times.direct.push(await timeWholeQuery(page, direct));
    }
    const ms = spread(times.query);
    const directMs = spread(times.direct);
    pairs.push({ kind, query, direct, ms, directMs, addedMs: ms.median - directMs.median });
  }
  await context.close();
  return { lexicon, pairs, addedMs: Math.max(...pairs.map((pair) => pair.addedMs)) };
}
