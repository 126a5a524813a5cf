import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, QUESTIONS, escapeRegExp } from './fixtures';

test.use({ javaScriptEnabled: false });

test('the article reads in full without JavaScript', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  for (const question of QUESTIONS) {
    const heading = page.getByRole('heading', { level: 2, name: question.text, exact: true });
    await expect(heading).toBeVisible();
    await expect(heading).toHaveId(question.anchor);
  }
  await expect(page.locator('.article-body').getByText('Nangarhar province')).toBeVisible();
});

// A link to a question without JavaScript, in every engine: tests/engines/journeys.ts.

test('the search page says search needs JavaScript and links every question', { tag: BASE_PATH_TAG }, async ({ page, baseURL }) => {
  await page.goto('search/');
  await expect(page.getByText(/needs JavaScript/i)).toBeVisible();

  const articlePathname = new URL(ARTICLE_PATH, baseURL).pathname;
  for (const question of QUESTIONS) {
    const link = page.getByRole('link', { name: new RegExp(`^${escapeRegExp(question.text)}$`) });
    await expect(link).toBeVisible();
    const target = new URL((await link.getAttribute('href')) ?? '', page.url());
    expect(target.pathname, `where the link to “${question.text}” goes`).toBe(articlePathname);
    expect(target.hash).toBe(`#${question.anchor}`);
  }

  // Following one lands on its question.
  const question = QUESTIONS[1]!;
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(question.text)}$`) }).click();
  await expect(page.locator(`h2#${question.anchor}`)).toBeInViewport();
});

test('the search form still works as a plain form without JavaScript', { tag: BASE_PATH_TAG }, async ({ page, baseURL }) => {
  await page.goto(ARTICLE_PATH);
  const box = page.locator('header form[role="search"] input[type="search"]');
  await box.fill('Nangarhar');
  await box.press('Enter');
  const searchPathname = new URL('search/', baseURL).pathname;
  await expect(page).toHaveURL((url) => url.pathname === searchPathname && url.searchParams.get('q') === 'Nangarhar');
  await expect(page.getByText(/needs JavaScript/i)).toBeVisible();
});
