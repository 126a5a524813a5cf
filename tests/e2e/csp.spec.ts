import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, PAGES, SEARCH_WORD, SEARCH_WORD_ANCHOR, collectOffOriginRequests, collectPolicyViolations, sendHeaderPolicy, typeQuery } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ context, baseURL }) => {
  await sendHeaderPolicy(context, baseURL!);
});

/** Where the scripts, the search index and the copied link's address all depend on the base path. */
const UNDER_BASE = new Set(['article', 'question share']);

for (const { name, path, searchBox } of PAGES) {
  const tag = UNDER_BASE.has(name) ? [BASE_PATH_TAG] : [];
  test(`the ${name} page asks nothing of any other site and breaks no rule of its policy, through a search to a copied link`, { tag }, async ({
    page,
    baseURL,
  }) => {
    const siteOrigin = new URL(baseURL ?? page.url()).origin;
    const offOrigin = collectOffOriginRequests(page, siteOrigin);
    const violations = await collectPolicyViolations(page);

    await page.goto(path);
    await page.waitForLoadState('networkidle');

    // Search: the engine, its WebAssembly and its index.
    await typeQuery(page.locator(searchBox), SEARCH_WORD);
    const hit = page.locator('ol.search-results a.search-hit').first();
    // Results show while the word is still being typed; wait for the ones for the whole word.
    await expect
      .poll(async () => new URL((await hit.getAttribute('href')) ?? 'x:', page.url()).searchParams.get('highlight'))
      .toBe(SEARCH_WORD);

    // The result's page: the highlight and the share control's copy button work under the policy.
    await hit.click();
    await expect(page).toHaveURL((url) => url.pathname === new URL(ARTICLE_PATH, baseURL).pathname && url.hash === `#${SEARCH_WORD_ANCHOR}`);
    await expect(page.locator('.article-body mark.search-highlight', { hasText: SEARCH_WORD }).first()).toBeVisible();
    const control = page.locator(`details.share[data-anchor="${SEARCH_WORD_ANCHOR}"]`);
    await control.locator('summary').click();
    await control.getByRole('button', { name: /^copy link/i }).click();
    await expect(control.getByRole('status')).toHaveText(/link copied/i);
    await page.waitForLoadState('networkidle');

    offOrigin.stop();
    expect(offOrigin.requests, `requests from the ${name} page to other origins`).toEqual([]);
    expect(violations, `breaches of the policy on the ${name} page`).toEqual([]);
  });
}

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
