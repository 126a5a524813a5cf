import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, QUESTIONS, escapeRegExp } from './fixtures';

for (const [index, question] of QUESTIONS.entries()) {
  // Under a base path, one share page shows its link to the article is under it; every question's share link is checked without JavaScript below.
  test(`the share page of #${question.anchor} leads to the full answer`, { tag: index === 0 ? [BASE_PATH_TAG] : [] }, async ({ page }) => {
    await page.goto(`${ARTICLE_PATH}q/${question.anchor}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.text);
    const read = page.getByRole('link', { name: 'Read the full answer in the article' });
    await expect(read).toBeVisible();
    await read.click();

    await expect(page).toHaveURL(new RegExp(`/${ARTICLE_PATH}#${question.anchor}$`));
    const heading = page.locator(`h2#${question.anchor}`);
    await expect(heading).toHaveText(question.text);
    await expect(heading).toBeInViewport();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each question in the article links to its share page, from its share control', { tag: BASE_PATH_TAG }, async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const link = (question: (typeof QUESTIONS)[number]) => page.locator(`section[aria-labelledby="${question.anchor}"] details.share`).getByRole('link');
    for (const question of QUESTIONS) {
      await page.locator(`section[aria-labelledby="${question.anchor}"] details.share summary`).click();
      await expect(link(question)).toBeVisible();
      await expect(link(question)).toHaveAccessibleName(new RegExp(`share page.*${escapeRegExp(question.text)}`, 'i'));
    }
    await link(QUESTIONS[0]!).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS[0]!.text);
  });
});

test('a share page’s search box leads to the search page’s answers', { tag: BASE_PATH_TAG }, async ({ page }) => {
  const question = QUESTIONS[0]!;
  await page.goto(`${ARTICLE_PATH}q/${question.anchor}/`);
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await box.fill('Nangarhar');
  await box.press('Enter');

  await expect(page).toHaveURL(/\/search\/\?q=Nangarhar$/);
  const hit = page.locator('main .search-results a').first();
  await expect(hit).toBeVisible();
  await expect(hit).toHaveAttribute('href', /#background$/);
});
