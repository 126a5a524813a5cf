/**
 * Search marks what it found as the text writes it: rows of `MARKED_WORDS` typed on the search
 * page, its result's excerpt and the answer it opens each marking the word as written. Every row
 * runs through the built index without a browser in `tests/build/search-tables.test.ts`; here one
 * row of each way the typed word can differ from the written one goes through the browser, where
 * the page, not the index, marks the answer.
 */
import type { Page } from '@playwright/test';
import { MARKED_WORDS } from '../search-table';
import { expect, test, escapeRegExp, typeQuery } from './fixtures';

const hits = (page: Page) => page.locator('main site-search a.search-hit');

/** A number typed without its separator, a straight apostrophe for a curly one, part of a hyphenated word, a quoted phrase. */
const THROUGH_THE_BROWSER = ['1400', "Afghanistan's", 'Qaida', '"tribal areas"'];
const rows = THROUGH_THE_BROWSER.map((typed) => {
  const row = MARKED_WORDS.find((word) => word.typed === typed);
  if (!row) throw new Error(`tests/search-table.ts has no row typed “${typed}” any more: choose another of its rows`);
  return row;
});

test.describe('a result marks the word as the text writes it, and so does the answer it opens', () => {
  for (const { typed, written, question } of rows) {
    test(`“${typed}” → “${written}” at #${question}`, async ({ page }) => {
      await page.goto(`search/?q=${encodeURIComponent(typed)}`);
      const hit = hits(page).filter({ has: page.locator(`xpath=self::*[contains(@href, "#${question}")]`) });
      await expect(hit.locator('mark', { hasText: new RegExp(`^${escapeRegExp(written)}$`) }).first()).toBeVisible();

      await hit.click();
      await expect(page).toHaveURL((url) => url.hash === `#${question}`);
      const marks = page.locator(`section:has(#${question}) mark.search-highlight`);
      await expect(marks.first()).toBeInViewport();
      expect(await marks.allTextContents()).toContain(written);
    });
  }
});

test('a whole word marks only itself on the page: “Afghan” is not marked inside “Afghanistan” or “Afghan-led”', async ({ page }) => {
  await page.goto('search/?q=Afghan');
  await hits(page).first().click();
  const marks = page.locator('.article-body mark.search-highlight');
  await expect(marks.first()).toBeVisible();
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['Afghan']));
});

test('Enter searches what was typed as finished: “ams” opens the answer using “aims”, marked', async ({ page }) => {
  await page.goto('search/');
  const box = page.locator('main input[type="search"]');
  await typeQuery(box, 'ams');
  await box.press('Enter');
  await expect(page.locator('.article-body mark.search-highlight', { hasText: /^aims$/ }).first()).toBeInViewport();
});
