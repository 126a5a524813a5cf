import type { Page } from '@playwright/test';
import { expectNoAxeProblems } from './axe';
import { expect, test, ARTICLE_PATH, SEARCH_WORD } from './fixtures';

/**
 * Every kind of page, each in its fullest state: where a state only adds to the page (results
 * under the header's box, a correction above them, marks in the text, an open share control),
 * the scan is of the page with it, which holds everything of the page without it.
 */
const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'home, with the header’s results for a name the text writes otherwise',
    open: async (page) => {
      await page.goto('./');
      await page.locator('header input[type="search"]').fill('TTP');
      await expect(page.locator('header .search-hit-renamed').first()).toBeVisible();
    },
  },
  {
    name: 'article, arrived at from a search with the words highlighted, a question’s share control open',
    open: async (page) => {
      await page.goto(`${ARTICLE_PATH}?highlight=${SEARCH_WORD}#background`);
      await expect(page.locator('mark.search-highlight').first()).toBeVisible();
      await page.locator('details.share[data-anchor="background"] summary').click();
      await expect(page.locator('details.share[data-anchor="background"] button[data-copy]').first()).toBeVisible();
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
  { name: '404', open: async (page) => void (await page.goto('404.html')) },
  { name: 'question share', open: async (page) => void (await page.goto(`${ARTICLE_PATH}q/background/`)) },
  { name: 'names index', open: async (page) => void (await page.goto('names/')) },
];

for (const { name, open } of PAGES) {
  test(`${name} page has no accessibility problems axe can find, of any impact, in light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page);
    await expectNoAxeProblems(page, `the ${name} page`);
  });
}
