/**
 * Every budget the site is held to, in one place: `npm run bench` prints each figure beside its
 * budget, and `npm test` asserts the ones that do not vary between runs (bytes, requests).
 * Bytes are compressed as a static host serves them (see `lib/weight.ts`), gzip, 1 KB = 1,000 bytes.
 * `starlight` is the same figure for the same article as a Starlight page, measured on the
 * machine the issue was written on.
 */
import type { Budget } from './lib/budget.ts';

export const budgets = {
  // 12 KB until the research apparatus joined the page; 16 KB since its stylesheet is in the page
  // (4.4 KB), paid again by every page (bench/README.md: what a second page view costs).
  articleBytes: { label: 'article: first visit, all bytes until the reader interacts', unit: 'bytes', max: 16_000, starlight: 51_400 },
  articleJsBytes: { label: 'article: JavaScript on first visit (not needed to read)', unit: 'bytes', starlight: 30_600 },
  articleRequestsToRead: { label: 'article: responses needed before it can be read', unit: 'count', max: 1 },
  // Ten TCP segments, the first congestion window of RFC 6928: a page that fits arrives in one round trip.
  firstResponseBytes: { label: 'every page: its first response (the HTML, with its styles), gzip', unit: 'bytes', max: 14_600 },
  entryScriptBytes: { label: 'every page: its one script, which loads the rest after the first paint, gzip', unit: 'bytes', max: 2_000 },
  articleJsToRead: { label: 'article: JavaScript needed to read it', unit: 'bytes', max: 0 },
  homeBytes: { label: 'home: first visit, all bytes until the reader interacts', unit: 'bytes', max: 10_000 },
  homeRequestsToRead: { label: 'home: responses needed before it can be read', unit: 'count', max: 1 },
  homeJsToRead: { label: 'home: JavaScript needed to read it', unit: 'bytes', max: 0 },
  lighthouseScore: { label: 'Lighthouse (mobile): each category score, home, article and a share page', unit: 'score', min: 100 },
  lcpOverFloor: { label: 'largest contentful paint (Lighthouse) ÷ its plain-HTML floor\'s: the most of article, home, a share page', unit: 'ratio', max: 1.1 },
  firstSearchBytes: { label: 'first search of a visit, "Nangarhar": bytes fetched', unit: 'bytes', max: 90_000, starlight: 120_000 },
  firstSearchLandsOnAnswer: { label: 'first search, "Nangarhar": first result leads to its question', unit: 'yes/no', min: 1 },
  firstSearchMs: { label: 'first search, "Nangarhar": last keystroke to results', unit: 'ms', starlight: 340 },
  laterSearchMs: { label: 'later searches: last keystroke to results, median', unit: 'ms', max: 30 },
  lexiconBytes: { label: 'search lexicon (words and names): bytes added to the first search', unit: 'bytes', max: 10_000 },
  forgivingAddedMs: { label: 'a correction or a name\'s other forms: time added to a warm query, median', unit: 'ms', max: 5 },
  buildMs: { label: 'build of the one-article site, median', unit: 'ms', max: 2_800, starlight: 2_800 },
  // The scale step builds the same interviews as a default Starlight site, in the same run: these
  // are ratios to it at N = 1,000 (at the largest N below that on a shorter run).
  coldBuildRatio: { label: 'scale: cold build ÷ Starlight’s, at N = 1,000', unit: 'ratio', max: 3 },
  warmBuildRatio: { label: 'scale: rebuild after one edit ÷ Starlight’s, at N = 1,000', unit: 'ratio', max: 1.5 },
  distRatio: { label: 'scale: dist/ bytes ÷ Starlight’s, at N = 1,000', unit: 'ratio', max: 4 },
  // As stored, not gzipped: a host's limit counts stored bytes, and an article has a share page for
  // each of its questions, so at N = 5,000 they were a third of dist/ (bench/README.md). Since they
  // run no script and carry no more stylesheet than they use, each is some 9 KB.
  sharePageBytes: { label: 'a question\'s share page, as stored (uncompressed)', unit: 'bytes', max: 10_000 },
  dist5000: { label: 'scale: dist/ at N = 5,000 (GitHub Pages publishes up to 1 GB)', unit: 'bytes', max: 1_000_000_000 },
  buildGrowth: { label: 'scale: growth exponent of cold build time from N = 100 to the largest N (1 = linear)', unit: 'exponent', max: 1.05 },
  queryBytesGrowth: { label: 'scale: first-search bytes at N = 1,000 ÷ at N = 1', unit: 'ratio', max: 1.5 },
  // Beyond the N = 1,000, reported beside it: Pagefind's own files grow with every page.
  queryBytesGrowthLargest: { label: 'scale: first-search bytes at the largest N ÷ at N = 1', unit: 'ratio' },
  peakMemory: { label: 'scale: peak resident memory of the cold build at N = 1,000', unit: 'bytes' },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof budgets;
