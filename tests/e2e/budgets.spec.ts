/**
 * The byte budgets in `bench/budgets.ts` that do not vary between runs, measured exactly as
 * `npm run bench` measures them: pages served as a static host serves them (by the bench's own
 * server, on a free port: the `site` every browser test uses), resources found by loading each
 * page in Chromium. Under a base path too: what a page loads depends on it.
 */
import { budgets } from '../../bench/budgets.ts';
import { testedLimit } from '../../bench/lib/budget.ts';
import { firstVisit, type FirstVisit } from '../../bench/lib/first-visit.ts';
import { lexiconBytesOf, openSearch, timeSearch } from '../../bench/lib/search-timing.ts';
import { BUDGET_QUERY } from '../../bench/queries.ts';
import { LEXICON_DIR } from '@/shared/paths';
import { expect, test, ARTICLE_PATH, BASE_PATH_TAG } from './fixtures';

/** What each resource weighs, for the failure message. */
const listing = (visit: FirstVisit) => visit.resources.map((resource) => `${resource.pathname}: ${resource.size.gzip} B`).join('\n');

const pages = [
  { name: 'home', path: '', bytes: budgets.homeBytes, requests: budgets.homeRequestsToRead, js: budgets.homeJsToRead },
  { name: 'article', path: ARTICLE_PATH, bytes: budgets.articleBytes, requests: budgets.articleRequestsToRead, js: budgets.articleJsToRead },
];

for (const { name, path, bytes, requests, js } of pages) {
  test(`${name}: a first visit stays within its byte budget, readable from its first response alone, with no JavaScript`, { tag: BASE_PATH_TAG }, async ({ page, site, siteDir: distDir }) => {
    const visit = await firstVisit(page, new URL(path, site.url).href, distDir, new URL(site.url).pathname);
    expect(visit.weight.total.gzip, `${bytes.label}:\n${listing(visit)}`).toBeLessThanOrEqual(testedLimit(bytes)!);
    expect(visit.neededToRead.length, requests.label).toBeLessThanOrEqual(requests.max);
    expect(visit.jsToRead, js.label).toBeLessThanOrEqual(js.max);
  });
}

// Not under the base path: that site also indexes the test-only fixture interviews, whose words
// weigh on the index the search fetches; the budget is the published site's.
test(`the first search of a visit, for "${BUDGET_QUERY.text}", stays within its byte budget and leads to the answer`, async ({ page, site, siteDir: distDir }) => {
  await openSearch(page, new URL('search/', site.url).href);
  const search = await timeSearch(page, site, distDir, BUDGET_QUERY.text);
  expect(search.bytes, budgets.firstSearchBytes.label).toBeLessThanOrEqual(budgets.firstSearchBytes.max);
  expect(search.firstHit, budgets.firstSearchLandsOnAnswer.label).toMatch(new RegExp(`/${ARTICLE_PATH}\\?[^#]*#${BUDGET_QUERY.anchor}$`));
});

test('the first search fetches only its share of the lexicon, within budget, and no page fetches any before the reader searches', { tag: BASE_PATH_TAG }, async ({ page, site, siteDir: distDir }) => {
  const base = new URL(site.url).pathname;
  for (const { path } of pages) {
    const visit = await firstVisit(page, new URL(path, site.url).href, distDir, base);
    expect(visit.resources.map((resource) => resource.pathname).filter((pathname) => pathname.includes(`/${LEXICON_DIR}`))).toEqual([]);
  }
  await openSearch(page, new URL('search/', site.url).href);
  const search = await timeSearch(page, site, distDir, BUDGET_QUERY.text);
  const lexicon = lexiconBytesOf(search);
  expect(lexicon, 'the first search fetches some of the lexicon').toBeGreaterThan(0);
  expect(lexicon, budgets.lexiconBytes.label).toBeLessThanOrEqual(budgets.lexiconBytes.max);
});
