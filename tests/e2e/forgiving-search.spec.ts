/**
 * Forgiving search as the reader sees it on the page. Every row of the tables in
 * `tests/search-table.ts`, and the ranking of phrases, subjects and answers, is checked against
 * the built index without a browser (`tests/build/search-tables.test.ts`); here a few rows of each
 * kind show that the page presents what that search finds.
 */
import type { Page } from '@playwright/test';
import { ALIASES, MISSPELLINGS, type Alias, type Misspelling } from '../search-table';
import { readNames } from '../support/content';
import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, typeQuery } from './fixtures';

const names = readNames();

/** Some rows of each table: a plain misspelling, one with an accent, one with its letters swapped; a short alias, a long one, a hyphenated one. */
function pick<Row extends { typed: string }>(rows: readonly Row[], ...typed: string[]): Row[] {
  return typed.map((word) => {
    const row = rows.find((candidate) => candidate.typed === word);
    if (!row) throw new Error(`no row “${word}” in the table`);
    return row;
  });
}
const SHOWN_MISSPELLINGS: Misspelling[] = pick(MISSPELLINGS, 'Nangahar', 'Uzbékstan', 'nagnarhar');
const SHOWN_ALIASES: Alias[] = pick(ALIASES, 'TTP', 'Islamic State of Iraq and the Levant', 'al-Qaeda');

const main = (page: Page) => page.locator('main site-search');
const hits = (page: Page) => main(page).locator('a.search-hit');
const correction = (page: Page) => main(page).locator('.search-correction');

/** The question each result on the search page leads to, once the results for the whole query are in. */
async function hitAnchors(page: Page): Promise<string[]> {
  await expect(hits(page).first()).toBeVisible();
  return hits(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
}

test.describe('a misspelt word shows the results for the word meant, and the address keeps what was typed', () => {
  for (const { typed, meant, question } of SHOWN_MISSPELLINGS) {
    test(`“${typed}” → “${meant}”, first at #${question}`, async ({ page }) => {
      await page.goto(`search/?q=${encodeURIComponent(typed)}`);
      await expect(correction(page)).toHaveText(`Showing results for ${meant} — search instead for ${typed}`);
      expect((await hitAnchors(page))[0]).toBe(question);
      await expect(hits(page).first().locator('mark').first()).toHaveText(new RegExp(meant, 'i'));
      expect(new URL(page.url()).searchParams.get('q')).toBe(typed);
    });
  }
});

test.describe('another name finds the passages using the name the text uses, and says which', () => {
  for (const { typed, name, question } of SHOWN_ALIASES) {
    test(`“${typed}”, first at #${question}`, async ({ page }) => {
      const forms = names.find((entry) => entry.id === name)!.data.inText;
      await page.goto(`search/?q=${encodeURIComponent(typed)}`);
      expect((await hitAnchors(page))[0]).toBe(question);
      const said = await hits(page).first().locator('.search-hit-renamed').textContent();
      const matched = /^Found as “(.+)”, a name for “(.+)”$/.exec(said ?? '');
      expect(matched, `the result says which name matched: ${said}`).not.toBeNull();
      expect(forms).toContain(matched![1]);
      expect(matched![2]).toBe(typed);
      await expect(correction(page)).toHaveCount(0);
    });
  }
});

test('“search instead” searches what was typed, uncorrected, and the address says so', async ({ page }) => {
  const { typed } = MISSPELLINGS[0]!;
  await page.goto(`search/?q=${encodeURIComponent(typed)}`);
  await correction(page).getByRole('link', { name: typed }).click();
  await expect(main(page).locator('[role="status"]')).toHaveText(`No answer mentions “${typed}”.`);
  await expect(correction(page)).toHaveCount(0);
  await expect(main(page).locator('input[type="search"]')).toBeFocused();

  await page.reload();
  await expect(main(page).locator('[role="status"]')).toHaveText(`No answer mentions “${typed}”.`);
  expect(new URL(page.url()).searchParams.get('q')).toBe(typed);
});

test('when several words are as close, “Did you mean” offers each, and one click searches it', { tag: BASE_PATH_TAG }, async ({ page }) => {
  const typed = 'rivel';
  await page.goto(`search/?q=${typed}`);
  await expect(correction(page)).toHaveText(/^Did you mean .+\?$/);
  const offered = await correction(page).getByRole('link').allTextContents();
  expect(offered.length).toBeGreaterThan(1);
  // Opened in a new tab, each is the search page for that word.
  for (const link of await correction(page).getByRole('link').all()) {
    const href = new URL((await link.getAttribute('href'))!, page.url());
    expect(href.pathname).toBe(new URL(page.url()).pathname);
    expect(offered).toContain(href.searchParams.get('q'));
  }
  await expect(main(page).locator('[role="status"]')).toContainText(`No answer mentions “${typed}”.`);

  // Which words are offered, and where each leads, is checked against the built index in tests/build/search-tables.test.ts.
  const chosen = offered.at(-1)!;
  await correction(page).getByRole('link', { name: chosen }).click();
  await expect(main(page).locator('input[type="search"]')).toHaveValue(chosen);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(chosen);
  await expect(hits(page).first()).toBeVisible();
});

test('by keyboard alone: Tab reaches “search instead”, Enter runs it, and the arrows still move through results', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  await page.keyboard.press('/');
  const box = page.locator('header input[type="search"]');
  await expect(box).toBeFocused();
  await page.keyboard.type('Talibn');
  const header = page.locator('header site-search');
  const instead = header.locator('.search-correction a');
  await expect(instead).toHaveText('Talibn');

  await page.keyboard.press('ArrowDown');
  await expect(header.locator('a.search-hit').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();

  for (let presses = 0; presses < 4 && !(await instead.evaluate((link) => link === document.activeElement)); presses++) await page.keyboard.press('Tab');
  await expect(instead).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(header.locator('[role="status"]')).toHaveText('No answer mentions “Talibn”.');
  await expect(box).toBeFocused();
});

/** Sums every layout shift from the page's start, including those just after a key press, which CLS would forgive. */
async function watchLayoutShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const total = { value: 0 };
    (window as unknown as { __shift: typeof total }).__shift = total;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) total.value += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shift: { value: number } }).__shift.value);
}

test.describe('the correction line moves nothing already on the page', () => {
  test('on the search page, opened with a misspelling', async ({ page }) => {
    const shifted = await watchLayoutShifts(page);
    await page.goto(`search/?q=${MISSPELLINGS[0]!.typed}`);
    await expect(correction(page)).toBeVisible();
    await expect(hits(page).first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await shifted()).toBe(0);
  });

  test('in the header of the article, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const shifted = await watchLayoutShifts(page);
    await page.goto(ARTICLE_PATH);
    await typeQuery(page.locator('header input[type="search"]'), MISSPELLINGS[0]!.typed);
    await expect(page.locator('header .search-correction')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await shifted()).toBe(0);
  });
});

test('the lexicon loads with the search, not with the page, and only as much of it as the query needs', { tag: BASE_PATH_TAG }, async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const [, file] = /\/search\/lexicon\/(.+)$/.exec(new URL(request.url()).pathname) ?? [];
    if (file) fetched.push(file);
  });
  await page.goto(ARTICLE_PATH);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);

  const box = page.locator('header input[type="search"]');
  await typeQuery(box, 'Kabul');
  await expect.poll(() => fetched).toContain('contents.json');
  await expect(page.locator('header .search-hit').first()).toBeVisible();
  // A word spelt right needs only the words that begin like it, not every word.
  const parts = fetched.filter((file) => file !== 'contents.json');
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts) expect('kabul'.startsWith(part.replace(/^words\/|\.json$/g, '')), part).toBe(true);

  // A misspelling needs the words as long as a correction of it may be (two letters either way), to find the one meant.
  await box.fill('');
  await typeQuery(box, 'Nangahar ');
  await expect(page.locator('header .search-correction')).toBeVisible();
  const lengths = fetched.flatMap((file) => /^lengths\/(\d+)\.json$/.exec(file)?.[1] ?? []).map(Number);
  expect(lengths).toContain('Nangahar'.length);
  for (const length of lengths) expect(Math.abs(length - 'Nangahar'.length), `lengths/${length}.json`).toBeLessThanOrEqual(2);
  expect(fetched.filter((file) => file === 'contents.json')).toHaveLength(1);
});

test('a result found under another name opens its answer with the name the text uses marked', async ({ page }) => {
  const { typed, name, question } = ALIASES[0]!;
  const [form] = names.find((entry) => entry.id === name)!.data.inText;
  await page.goto(`search/?q=${encodeURIComponent(typed)}`);
  await hits(page).first().click();
  await expect(page).toHaveURL((url) => url.hash === `#${question}`);
  const marked = page.locator(`section:has(#${question}) mark.search-highlight`);
  await expect(marked.first()).toBeInViewport();
  expect((await marked.allTextContents()).join(' ')).toContain(form!);
});
