import type { Locator, Page } from '@playwright/test';
import { readKeyDates, readNames } from '../support/content';
import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, SEARCH_WORD, SEARCH_WORD_ANCHOR } from './fixtures';

const nameEntry = (scope: Page | Locator, id: string) => scope.locator(`.name-entry[data-name="${id}"]`);
const nameOf = (id: string) => readNames().find((entry) => entry.id === id)!.data;

/** The reader is on the article at the question the link named, with `words` marked in that question. */
async function expectLandedOn(page: Page, anchor: string, words: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname.endsWith(`/${ARTICLE_PATH}`) && url.hash === `#${anchor}`);
  const section = page.locator('section.question', { has: page.locator(`h2#${anchor}`) });
  const mark = section.locator('mark.search-highlight').first();
  await expect(mark).toHaveText(words);
  await expect(mark).toBeInViewport();
  // Nothing outside the interview's own text is marked.
  await expect(page.locator('aside mark, header mark')).toHaveCount(0);
}

test.describe('the index of names and places', () => {
  test('lists the names by kind, each with links to the questions that mention it', async ({ page }) => {
    await page.goto('names/');
    await expect(page.getByRole('heading', { level: 1, name: 'Names and places' })).toBeVisible();
    for (const heading of ['Places', 'Groups', 'Peoples', 'Institutions']) {
      await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible();
    }
    for (const entry of readNames()) await expect(nameEntry(page, entry.id).locator('dt')).toHaveText(entry.data.name);
    await expect(nameEntry(page, 'nangarhar').getByRole('link')).toHaveCount(1);
  });

  test('a name’s link opens the question with the name highlighted', { tag: BASE_PATH_TAG }, async ({ page }) => {
    await page.goto('names/');
    await nameEntry(page, 'nangarhar').getByRole('link').click();
    await expectLandedOn(page, SEARCH_WORD_ANCHOR, SEARCH_WORD);
  });

  test('a name of two words is highlighted whole', async ({ page }) => {
    await page.goto('names/');
    const link = nameEntry(page, 'tora-bora').getByRole('link').first();
    const anchor = new URL((await link.getAttribute('href'))!, page.url()).hash.slice(1);
    await link.click();
    await expectLandedOn(page, anchor, nameOf('tora-bora').inText[0]!);
  });

  test('a hyphenated name is highlighted whole', async ({ page }) => {
    await page.goto('names/');
    const link = nameEntry(page, 'is-k').getByRole('link', { name: /^Q4/ });
    await link.click();
    await expectLandedOn(page, 'relationship-with-the-taliban', 'IS-K');
  });
});

test.describe('the panel on the article', () => {
  test('keeps the names closed until asked, and opens and follows by keyboard', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const panel = page.getByRole('complementary', { name: 'Reader’s aids' });
    const nangarhar = nameEntry(panel, 'nangarhar').getByRole('link');
    await expect(nangarhar).toBeHidden();

    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(nangarhar).toBeVisible();
    await expect(nangarhar).toHaveAccessibleName(/^Q\d\s*: .+\?$/);

    await nangarhar.focus();
    await page.keyboard.press('Enter');
    await expectLandedOn(page, SEARCH_WORD_ANCHOR, SEARCH_WORD);
  });

  test('the key dates are labelled as the editors’, and each opens the question that mentions it', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const dates = page.locator('.key-dates > li');
    await expect(page.getByRole('heading', { name: /Key dates.*not part of the interview/ })).toBeVisible();
    await expect(dates).toHaveCount(readKeyDates().length);

    const envoy = readKeyDates().find((date) => date.id === 'envoy-attack')!.data;
    const item = dates.filter({ hasText: envoy.when });
    await item.getByRole('link').click();
    await expectLandedOn(page, 'threat', envoy.phrase);
  });

  test('leads to the full index', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await page.locator('.names-panel summary').click();
    await page.getByRole('link', { name: 'Index of names and places' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Names and places' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a name’s link still opens its question', { tag: BASE_PATH_TAG }, async ({ page }) => {
    await page.goto('names/');
    await nameEntry(page, 'nangarhar').getByRole('link').click();
    await expect(page).toHaveURL((url) => url.hash === `#${SEARCH_WORD_ANCHOR}`);
    await expect(page.locator(`h2#${SEARCH_WORD_ANCHOR}`)).toBeInViewport();
  });
});
