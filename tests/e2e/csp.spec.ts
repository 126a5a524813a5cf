import type { Page } from '@playwright/test';
import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, PAGES, SEARCH_WORD, SEARCH_WORD_ANCHOR, collectOffOriginRequests, collectPolicyViolations, sendHeaderPolicy, typeQuery } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ context, baseURL }) => {
  await sendHeaderPolicy(context, baseURL!);
});

/** Pages whose scripts and search index are found under the base path; the copied link's address is the last test's. */
const UNDER_BASE = new Set(['article', 'question share']);

/** Everything the page asks of other sites, and every breach of its policy, from before it loads. */
async function watchPolicy(page: Page, baseURL: string | undefined) {
  const offOrigin = collectOffOriginRequests(page, new URL(baseURL ?? page.url()).origin);
  const violations = await collectPolicyViolations(page);
  return {
    expectNone: (what: string) => {
      offOrigin.stop();
      expect(offOrigin.requests, `requests from ${what} to other origins`).toEqual([]);
      expect(violations, `breaches of the policy on ${what}`).toEqual([]);
    },
  };
}

for (const { name, path, searchBox, live } of PAGES) {
  const tag = UNDER_BASE.has(name) ? [BASE_PATH_TAG] : [];
  test(`the ${name} page asks nothing of any other site and breaks no rule of its policy, through a search`, { tag }, async ({ page, baseURL }) => {
    const watched = await watchPolicy(page, baseURL);
    await page.goto(path);
    await page.waitForLoadState('networkidle');

    // Search: the engine, its WebAssembly and its index.
    if (live === false) {
      await page.locator(searchBox).fill(SEARCH_WORD);
      await page.locator(searchBox).press('Enter');
    } else {
      await typeQuery(page.locator(searchBox), SEARCH_WORD);
    }
    const hit = page.locator('ol.search-results a.search-hit').first();
    // Results show while the word is still being typed; wait for the ones for the whole word.
    await expect
      .poll(async () => new URL((await hit.getAttribute('href')) ?? 'x:', page.url()).searchParams.get('highlight'))
      .toBe(SEARCH_WORD);
    await page.waitForLoadState('networkidle');
    watched.expectNone(`the ${name} page`);
  });
}

test('the answer a search opens asks nothing of any other site and breaks no rule of its policy, through a copied link', { tag: BASE_PATH_TAG }, async ({ page, baseURL }) => {
  const watched = await watchPolicy(page, baseURL);
  await page.goto(`search/?q=${SEARCH_WORD}`);
  await page.locator('ol.search-results a.search-hit').first().click();
  await expect(page).toHaveURL((url) => url.pathname === new URL(ARTICLE_PATH, baseURL).pathname && url.hash === `#${SEARCH_WORD_ANCHOR}`);
  // The highlight and the share control's copy button work under the policy.
  await expect(page.locator('.article-body mark.search-highlight', { hasText: SEARCH_WORD }).first()).toBeVisible();
  const control = page.locator(`details.share[data-anchor="${SEARCH_WORD_ANCHOR}"]`);
  await control.locator('summary').click();
  await control.getByRole('button', { name: /^copy link/i }).click();
  await expect(control.getByRole('status')).toHaveText(/link copied/i);
  await page.waitForLoadState('networkidle');
  watched.expectNone('the answer');
});

test('the policy is in force: code slipped into a page does not run, and is reported', async ({ page }) => {
  const violations = await collectPolicyViolations(page);
  await page.goto(ARTICLE_PATH);

  const ran = await page.evaluate(async () => {
    const flag = 'injectedCodeRan';
    const script = document.createElement('script');
    script.textContent = `window.${flag} = true`;
    document.body.append(script);
    const image = document.createElement('img');
    image.src = 'https://example.org/pixel.png';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return flag in window;
  });

  expect(ran, 'the inline script ran').toBe(false);
  await expect.poll(() => violations.join('\n')).toMatch(/script-src/);
  await expect.poll(() => violations.join('\n')).toMatch(/img-src blocked https:\/\/example\.org/);
});
