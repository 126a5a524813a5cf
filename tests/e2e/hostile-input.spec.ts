/**
 * Hostile queries through the page: shown back only as text, running nothing, loading nothing,
 * breaking nothing. Every row of `tests/hostile-queries.ts` goes through the site's search over the
 * built index in `tests/build/search-tables.test.ts` (searched, or nothing for a blank query;
 * results only into the site; the query itself the words shown when nothing matches). Here rows
 * of each kind go through the page, each one way a reader meets it: markup and javascript:
 * addresses both ways; text that could break the layout (long words, emoji, combining marks),
 * typed on a phone; what only the address does to text (an unpaired surrogate), a right-to-left
 * override and blank input, through the address.
 */
import type { Locator, Page } from '@playwright/test';
import { HOSTILE_QUERIES } from '../hostile-queries';
import { inlineCode } from '@/integrations/security-headers';
import { expect, test, ARTICLE_PATH, SEARCH_WORD, SEARCH_WORD_ANCHOR, collectOffOriginRequests, collectPolicyViolations } from './fixtures';

/** Everything that would show the page misbehaving, recorded from before it loads. */
async function watch(page: Page, siteOrigin: string) {
  const problems = { dialogs: [] as string[], errors: [] as string[], violations: await collectPolicyViolations(page) };
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  const offOrigin = collectOffOriginRequests(page, siteOrigin);
  return { ...problems, offOrigin: offOrigin.requests };
}

/** Waits until the search has answered the box's current query (or, for a blank one, has cleared). */
async function settled(page: Page, form: Locator, box: Locator): Promise<string> {
  const shown = (await box.inputValue()).trim();
  const status = form.locator('[role="status"]');
  if (shown === '') {
    await page.waitForLoadState('networkidle');
    await expect(status).toBeEmpty();
    await expect(form.locator('a.search-hit')).toHaveCount(0);
  } else {
    await expect(status).toHaveText(/match|mentions/);
  }
  return shown;
}

/** The query appears only as text, the page's structure is the page's own, and nothing ran. */
async function expectInert(page: Page, form: Locator, shown: string, title: string): Promise<void> {
  expect(await page.evaluate(() => 'hostileRan' in window), 'injected code ran').toBe(false);
  await expect(page).toHaveTitle(title);
  await expect(page.locator('h1'), 'headings on the page').toHaveCount(1);
  await expect(page.locator('body :is(img, iframe, svg, style, object, embed)')).toHaveCount(0);
  // The page's own inline scripts are those the site serves in it.
  const served = inlineCode(await (await page.request.get(page.url())).text()).scripts;
  const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
  expect(inlineScripts, 'inline scripts in the page: only its own').toEqual(served);
  await expect(page.locator('[onerror], [onload], [onfocus], [onclick], [autofocus]')).toHaveCount(0);

  // Results lead only to pages of this site.
  const siteOrigin = new URL(page.url()).origin;
  for (const href of await form.locator('a.search-hit').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)))
    expect(new URL(href).origin, `a result's address: ${href}`).toBe(siteOrigin);

  const status = form.locator('[role="status"]');
  if ((await form.locator('a.search-hit').count()) === 0 && shown !== '') {
    // Told back word for word, set apart so a right-to-left override cannot turn the sentence around it.
    const quoted = await status.evaluate((element, text) => {
      // The innermost: a correction line may also offer the query as typed, inside a link.
      const holder = [...element.querySelectorAll('*')].filter((child) => child.textContent === text).at(-1);
      return holder ? { children: holder.childElementCount, bidi: getComputedStyle(holder).unicodeBidi } : undefined;
    }, shown);
    expect(quoted, 'an element in the status holding exactly the query').toBeDefined();
    expect(quoted!.children, 'elements inside the quoted query').toBe(0);
    expect(quoted!.bidi).toMatch(/isolate|plaintext/);
  }

  // Nothing pushes the page sideways or runs off its edge.
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = document.documentElement.scrollWidth > width ? [`page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`] : [];
    const status = document.querySelector('form [role="status"]:not(:empty)');
    const right = status?.getBoundingClientRect().right ?? 0;
    return right > width ? [...wide, `status ends at ${right}px`] : wide;
  });
  expect(overflow, 'overflow').toEqual([]);
}

/** After all that, a real search still works and leads to its answer. */
async function expectStillUsable(page: Page, form: Locator, box: Locator): Promise<void> {
  await box.fill(SEARCH_WORD);
  const first = form.locator('a.search-hit').first();
  await expect.poll(async () => new URL((await first.getAttribute('href')) ?? 'x:', page.url()).searchParams.get('highlight')).toBe(SEARCH_WORD);
  expect(new URL((await first.getAttribute('href'))!, page.url()).hash).toBe(`#${SEARCH_WORD_ANCHOR}`);
}

/** The rows given in the address of the search page. */
const THROUGH_THE_ADDRESS = [
  'a script element',
  'an attribute breakout',
  'markup that closes the results list',
  'an unpaired high surrogate',
  'a right-to-left override',
  'only spaces',
];
/** The rows typed into the search box of the article, on a phone. */
const TYPED_ON_A_PHONE = [
  'an image with an error handler',
  'a link with a javascript: address',
  'a very long word',
  'a long emoji sequence',
  'stacked combining marks',
];

const queryNamed = (name: string) => {
  const row = HOSTILE_QUERIES.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`no hostile query named “${name}”`);
  return row.query;
};

for (const name of THROUGH_THE_ADDRESS) {
  const query = queryNamed(name);
  test(`a query with ${name}, given in the address of the search page`, async ({ page, baseURL }) => {
    const problems = await watch(page, new URL(baseURL!).origin);
    // The address carries text as UTF-8, which cannot hold an unpaired surrogate: it arrives as U+FFFD.
    await page.goto(`search/?${new URLSearchParams({ q: query })}`);
    const title = await page.title();
    const form = page.locator('main form[role="search"]');
    const box = form.locator('input[type="search"]');
    await expect(box).toHaveValue(query.toWellFormed());

    const shown = await settled(page, form, box);
    await expectInert(page, form, shown, title);
    await expectStillUsable(page, form, box);
    expect(problems).toEqual({ dialogs: [], errors: [], violations: [], offOrigin: [] });
  });
}

for (const name of TYPED_ON_A_PHONE) {
  const query = queryNamed(name);
  test(`a query with ${name}, typed into the search box of the article, on a phone`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const problems = await watch(page, new URL(baseURL!).origin);
    await page.goto(ARTICLE_PATH);
    const title = await page.title();
    const form = page.locator('header form[role="search"]');
    const box = form.locator('input[type="search"]');
    await box.fill(query);
    await expect(box).not.toHaveValue('');

    const shown = await settled(page, form, box);
    await expectInert(page, form, shown, title);
    await expectStillUsable(page, form, box);
    expect(problems).toEqual({ dialogs: [], errors: [], violations: [], offOrigin: [] });
  });
}
