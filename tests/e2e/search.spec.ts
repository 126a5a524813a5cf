import type { Page } from '@playwright/test';
import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, SEARCH_WORD, SEARCH_WORD_ANCHOR, collectSearchIndexRequests, typeQuery } from './fixtures';

const hits = (page: Page) => page.locator('ol.search-results a.search-hit');
const headerBox = (page: Page) => page.locator('header form[role="search"] input[type="search"]');
const pageBox = (page: Page) => page.locator('main form[role="search"] input[type="search"]');

/** Where a reader should land: the article, at the answer that mentions the word, with the word marked. */
async function expectLandedOnAnswer(page: Page, baseURL: string | undefined): Promise<void> {
  const articlePathname = new URL(ARTICLE_PATH, baseURL).pathname;
  await expect(page).toHaveURL((url) => url.pathname === articlePathname && url.hash === `#${SEARCH_WORD_ANCHOR}`);

  const mark = page.locator('.article-body mark', { hasText: SEARCH_WORD }).first();
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/search-highlight/);

  // The address is tidied: the searched words go, the question stays.
  await expect.poll(() => new URL(page.url()).searchParams.has('highlight'), { message: 'highlight parameter still in the address' }).toBe(false);
  expect(new URL(page.url()).hash).toBe(`#${SEARCH_WORD_ANCHOR}`);
}

/** The first result leads to the article at the matching answer, carrying the word to highlight. */
async function expectFirstHitLeadsToAnswer(page: Page, baseURL: string | undefined): Promise<void> {
  const first = hits(page).first();
  await expect(first).toBeVisible();
  // Results show while the word is still being typed; wait for the ones for the whole word.
  const firstHref = async () => new URL((await first.getAttribute('href')) ?? '', page.url());
  await expect
    .poll(async () => (await firstHref()).searchParams.get('highlight')?.toLowerCase(), { message: 'words the first result highlights' })
    .toBe(SEARCH_WORD.toLowerCase());
  const href = await firstHref();
  expect(href.pathname, 'page the first result leads to').toBe(new URL(ARTICLE_PATH, baseURL).pathname);
  expect(href.hash, 'question the first result leads to').toBe(`#${SEARCH_WORD_ANCHOR}`);
  await expect(first).toContainText(SEARCH_WORD);
}

test.describe('the search page', () => {
  test('?q= runs the search on load, and a result leads to the answer', { tag: BASE_PATH_TAG }, async ({ page, baseURL }) => {
    await page.goto(`search/?q=${SEARCH_WORD}`);
    await expect(pageBox(page)).toHaveValue(SEARCH_WORD);
    await expectFirstHitLeadsToAnswer(page, baseURL);
    await expect(hits(page).first()).toContainText(SEARCH_WORD);

    await hits(page).first().click();
    await expectLandedOnAnswer(page, baseURL);
  });

  test('typing keeps ?q= in step, and Enter opens the first result', async ({ page, baseURL }) => {
    await page.goto('search/');
    const box = pageBox(page);
    await typeQuery(box, SEARCH_WORD);

    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { message: 'q in the address' }).toBe(SEARCH_WORD);
    await expectFirstHitLeadsToAnswer(page, baseURL);

    // Emptying the box takes the query out of the address too.
    await box.fill('');
    await expect.poll(() => new URL(page.url()).searchParams.has('q'), { message: 'q still in the address' }).toBe(false);
    await expect(hits(page)).toHaveCount(0);

    await typeQuery(box, SEARCH_WORD);
    await expectFirstHitLeadsToAnswer(page, baseURL);
    await box.press('Enter');
    await expectLandedOnAnswer(page, baseURL);
  });

  test('a word of two letters is searched once the reader stops typing, not while it may be a beginning', async ({ page }) => {
    await page.goto('search/');
    const box = pageBox(page);
    const status = page.locator('main form[role="search"] [role="status"]');
    // The engine is awake and its index loaded, so a search would answer at once.
    await typeQuery(box, 'Kabul');
    await box.fill('');
    await expect(status).toBeEmpty();
    await status.evaluate((element) => {
      const marks = { lastKey: 0, answered: 0 };
      (window as unknown as { marks: typeof marks }).marks = marks;
      document.addEventListener('keydown', (event) => (marks.lastKey = event.timeStamp), { capture: true });
      new MutationObserver(() => (marks.answered ||= performance.now())).observe(element, { childList: true, subtree: true, characterData: true });
    });
    await box.pressSequentially('US');
    await expect(status).toHaveText(/match/);
    await expect(hits(page).first().locator('mark').first()).toHaveText(/^us/i);
    const waited = await page.evaluate(() => {
      const { marks } = window as unknown as { marks: { lastKey: number; answered: number } };
      return marks.answered - marks.lastKey;
    });
    // The search waits for the reader's pause (600 ms); two letters alone begin too many words.
    expect(waited, 'ms from the last letter to the first results').toBeGreaterThanOrEqual(500);
  });

  test('a search that matches nothing says so', async ({ page }) => {
    await page.goto('search/?q=zzqxjv');
    await expect(page.locator('main form[role="search"] [role="status"]')).toContainText('zzqxjv');
    await expect(hits(page)).toHaveCount(0);
  });
});

test.describe('the header search box on the article', () => {
  test('typing shows results, and Enter opens the first one', { tag: BASE_PATH_TAG }, async ({ page, baseURL }) => {
    await page.goto(ARTICLE_PATH);
    const box = headerBox(page);
    await typeQuery(box, SEARCH_WORD);
    await expectFirstHitLeadsToAnswer(page, baseURL);
    await expect(box).toBeFocused();

    await box.press('Enter');
    await expectLandedOnAnswer(page, baseURL);
  });
  // Clicking a result on a phone-sized screen, in every engine: tests/engines/journeys.ts.
});

test.describe('searching from the keyboard', () => {
  test('/ focuses the box, arrows move through results, Escape closes them', async ({ page, baseURL }) => {
    await page.goto(ARTICLE_PATH);
    const box = headerBox(page);
    const list = page.locator('header ol.search-results');

    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    // The slash opened the box; it was not typed into it.
    await expect(box).toHaveValue('');

    await typeQuery(box, SEARCH_WORD);
    await expectFirstHitLeadsToAnswer(page, baseURL);
    await expect(list).toBeVisible();

    await page.keyboard.press('ArrowDown');
    await expect(hits(page).first()).toBeFocused();

    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(hits(page).first()).toBeHidden();
    await expect(box).toBeFocused();
  });

  test('ArrowDown then Enter opens the chosen result', async ({ page, baseURL }) => {
    await page.goto(ARTICLE_PATH);
    await page.keyboard.press('/');
    await typeQuery(headerBox(page), SEARCH_WORD);
    await expectFirstHitLeadsToAnswer(page, baseURL);
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expectLandedOnAnswer(page, baseURL);
  });
});

test.describe('typing while the search engine is still loading', () => {
  // A slow connection: the engine arrives only once the reader has typed the whole word, so the
  // search for every letter typed is waiting for it, and they all come back at once, in any
  // order. What is on screen in the end must be the results for the whole word.
  for (const word of [SEARCH_WORD, 'Taliban']) {
    test(`the results shown are those for the whole word “${word}”`, async ({ page }) => {
      let typed: () => void = () => {};
      const wordTyped = new Promise<void>((resolve) => (typed = resolve));
      await page.route('**/pagefind/wasm.*', async (route) => {
        await wordTyped;
        await route.continue();
      });

      await page.goto('search/');
      const box = pageBox(page);
      await box.click();
      await box.pressSequentially(word);
      await expect(box).toHaveValue(word);
      typed();

      await expect(page.locator('main form[role="search"] [role="status"]')).toHaveText(/match/);
      // Let every search the typing started come back before judging what is on screen.
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));

      const shown = await hits(page).evaluateAll((links) =>
        links.map((link) => ({
          highlight: new URL((link as HTMLAnchorElement).href).searchParams.get('highlight') ?? '',
          marked: link.querySelector('mark')?.textContent ?? '',
        })),
      );
      const problems: string[] = shown.length === 0 ? ['no result shown'] : [];
      shown.forEach(({ highlight, marked }, index) => {
        if (highlight.toLowerCase() !== word.toLowerCase()) problems.push(`result ${index + 1} of ${shown.length}: highlights “${highlight}”`);
        if (!marked.toLowerCase().includes(word.toLowerCase())) problems.push(`result ${index + 1} of ${shown.length}: its excerpt marks “${marked}”`);
      });
      expect(problems, `after typing “${word}”, the results shown were for part of the word`).toEqual([]);
    });
  }
});

test('one letter is not searched, but starts loading the engine; the second brings results', async ({ page }) => {
  const requests = collectSearchIndexRequests(page);
  await page.goto('search/');
  const box = pageBox(page);
  await box.click();
  await box.press(SEARCH_WORD[0]!);
  await expect.poll(() => requests.some((url) => new URL(url).pathname.includes('/pagefind/wasm.')), { message: 'the engine is fetched after one letter' }).toBe(true);
  await page.waitForLoadState('networkidle');
  await expect(hits(page)).toHaveCount(0);
  await expect(page.locator('main form[role="search"] [role="status"]')).toBeEmpty();
  expect(requests.filter((url) => new URL(url).pathname.includes('/pagefind/fragment/')), 'page data fetched for one letter').toEqual([]);

  await box.press(SEARCH_WORD[1]!);
  await expect(hits(page).first()).toBeVisible();
});

test('the search index loads only once the reader turns to the box', async ({ page, baseURL }) => {
  const requests = collectSearchIndexRequests(page);
  await page.goto(ARTICLE_PATH);
  await page.waitForLoadState('networkidle');
  expect(requests, 'requests for the search code while the article loads').toEqual([]);

  // Scrolling and reading loads nothing either.
  await page.mouse.wheel(0, 1500);
  await page.waitForLoadState('networkidle');
  expect(requests, 'requests for the search code while reading').toEqual([]);

  const box = headerBox(page);
  await typeQuery(box, SEARCH_WORD);
  await expectFirstHitLeadsToAnswer(page, baseURL);
  expect(requests.length, 'requests for the search code once the reader searched').toBeGreaterThan(0);
});
