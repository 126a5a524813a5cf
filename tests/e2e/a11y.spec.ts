import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, ARTICLE_PATH, SEARCH_WORD } from './fixtures';

const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: async (page) => void (await page.goto('./')) },
  { name: 'article', open: async (page) => void (await page.goto(ARTICLE_PATH)) },
  {
    name: 'search with a query run',
    open: async (page) => {
      await page.goto(`search/?q=${SEARCH_WORD}`);
      await expect(page.locator('ol.search-results a.search-hit').first()).toBeVisible();
    },
  },
  {
    name: 'search showing the results for a corrected word',
    open: async (page) => {
      await page.goto('search/?q=Nangahar');
      await expect(page.locator('.search-correction a')).toBeVisible();
      await expect(page.locator('ol.search-results a.search-hit').first()).toBeVisible();
    },
  },
  {
    name: 'search offering “Did you mean”',
    open: async (page) => {
      await page.goto('search/?q=rivel');
      await expect(page.locator('.search-correction a').first()).toBeVisible();
    },
  },
  {
    name: 'home, with the header’s results for a name the text writes otherwise',
    open: async (page) => {
      await page.goto('./');
      await page.locator('header input[type="search"]').fill('TTP');
      await expect(page.locator('header .search-hit-renamed').first()).toBeVisible();
    },
  },
  {
    name: 'article, arrived at from a search with the words highlighted',
    open: async (page) => {
      await page.goto(`${ARTICLE_PATH}?highlight=${SEARCH_WORD}#background`);
      await expect(page.locator('mark.search-highlight').first()).toBeVisible();
    },
  },
  {
    name: 'article, with a question’s share control open',
    open: async (page) => {
      await page.goto(`${ARTICLE_PATH}#background`);
      await page.locator('details.share[data-anchor="background"] summary').click();
      await expect(page.locator('details.share[data-anchor="background"] button[data-copy]').first()).toBeVisible();
    },
  },
  { name: '404', open: async (page) => void (await page.goto('404.html')) },
  { name: 'question share', open: async (page) => void (await page.goto(`${ARTICLE_PATH}q/background/`)) },
  { name: 'names index', open: async (page) => void (await page.goto('names/')) },
];

/** What axe finds on the page as it is now, each problem with the elements it was found on. */
async function axeProblems(page: Page): Promise<{ ids: string[]; report: string }> {
  const results = await new AxeBuilder({ page }).analyze();
  const report = results.violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n'),
    )
    .join('\n');
  return { ids: results.violations.map((violation) => violation.id), report };
}

for (const { name, open } of PAGES) {
  // Both colour schemes on one page load: the scheme changes under the page, as when a reader's
  // system switches to dark at dusk, and the stylesheet alone follows it.
  test(`${name} page has no accessibility problems axe can find, of any impact, in light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect
        .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
        .toBe(colorScheme === 'dark');
      const { ids, report } = await axeProblems(page);
      expect.soft(ids, `axe found on the ${name} page (${colorScheme}):\n${report}`).toEqual([]);
    }
  });
}
