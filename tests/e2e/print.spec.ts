import type { Page } from '@playwright/test';
import { expect, test, ARTICLE_PATH, QUESTIONS } from './fixtures';

/** What the article shows on screen and must also show on paper: title, byline, attribution, every answer. */
async function readingTexts(page: Page): Promise<string[]> {
  return page
    .locator('.article-header h1, .byline li, .byline-date, .attribution p, .article-body p')
    .evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').trim()).filter(Boolean));
}

test.describe('the article, printed', () => {
  test('keeps the title, byline, attribution and every question and answer', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const onScreen = await readingTexts(page);
    expect(onScreen.length).toBeGreaterThan(QUESTIONS.length);

    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.article-header h1, .byline li, .byline-date, .attribution p, .article-body p');
    await expect(printed).toHaveCount(onScreen.length);
    for (const element of await printed.all()) await expect(element).toBeVisible();
    expect(await readingTexts(page)).toEqual(onScreen);

    for (const question of QUESTIONS) await expect(page.getByRole('heading', { level: 2, name: question.text, exact: true })).toBeVisible();
  });

  test('leaves out navigation, search and buttons', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const screenOnly = page.locator('.skip-link, header.site-header, nav, form[role="search"], button, a.self-link, footer.site-footer');
    // They are there on screen…
    expect(await screenOnly.evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 0).length)).toBeGreaterThan(QUESTIONS.length);

    await page.emulateMedia({ media: 'print' });
    // …and none of them is on paper.
    const printed = await screenOnly.evaluateAll((elements) =>
      elements.filter((element) => element.getClientRects().length > 0).map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(printed).toEqual([]);
  });

  test('prints the address of each link to another site after its text, and none for links within the site', async ({ page }) => {
    const links: { page: string; href: string; external: boolean; after: string }[] = [];
    for (const path of [ARTICLE_PATH, './']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const found = await page.locator('main a[href]').evaluateAll((anchors) =>
        anchors
          .filter((anchor) => anchor.getClientRects().length > 0)
          .map((anchor) => ({
            href: anchor.getAttribute('href') ?? '',
            external: (anchor as HTMLAnchorElement).origin !== location.origin,
            after: getComputedStyle(anchor, '::after').content,
          })),
      );
      links.push(...found.map((link) => ({ page: path, ...link })));
    }
    const external = links.filter((link) => link.external);
    const internal = links.filter((link) => !link.external);
    expect(external.length, 'printed links to other sites').toBeGreaterThan(0);
    expect(internal.length, 'printed links within the site').toBeGreaterThan(0);
    for (const link of external) expect(link.after, `after the link to ${link.href} on ${link.page}`).toBe(`" (${link.href})"`);
    for (const link of internal) expect(link.after, `after the link to ${link.href} on ${link.page}`).toMatch(/^(none|normal)$/);
  });
});
