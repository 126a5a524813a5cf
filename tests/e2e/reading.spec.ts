import type { Page } from '@playwright/test';
import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, PAGES, QUESTIONS } from './fixtures';

const tocLink = (page: Page, anchor: string) => page.locator(`toc-nav nav.toc a[href="#${anchor}"]`);
const currentTocLinks = (page: Page) => page.locator('toc-nav nav.toc a[aria-current="true"]');

for (const { name, path, canonical } of PAGES) {
  test.describe(`the ${name} page`, () => {
    test('has a title and a favicon, and names its canonical address under the base path', { tag: BASE_PATH_TAG }, async ({ page, baseURL }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(/\S/);

      const icon = page.locator('head link[rel~="icon"]');
      await expect(icon).toHaveCount(1);
      const href = await icon.getAttribute('href');
      expect(href, 'favicon address').toBeTruthy();
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status(), 'the favicon is served').toBe(200);
      expect(response.headers()['content-type'] ?? '').toMatch(/^image\//);

      const named = new URL((await page.locator('head link[rel="canonical"]').getAttribute('href')) ?? '');
      expect(named.pathname, 'the canonical address').toBe(new URL(canonical, baseURL).pathname);
    });
  });
}

// That the contents follow the reader through every question, in every engine: tests/engines/journeys.ts.
test.describe('the table of contents', () => {
  test('marks the question scrolled to', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const question = QUESTIONS.find((q) => q.anchor === 'aims-and-tactics')!;
    await page.locator(`h2#${question.anchor}`).evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));

    await expect(tocLink(page, question.anchor)).toHaveAttribute('aria-current', 'true');
    await expect(currentTocLinks(page)).toHaveCount(1);
    // The table of contents stays beside the text on a wide screen, so the mark is seen.
    await expect(tocLink(page, question.anchor)).toBeInViewport();
  });

  test.describe('on a tall screen', () => {
    test.use({ viewport: { width: 1280, height: 1400 } });

    test('marks the last question at the bottom of the page', async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));

      const last = QUESTIONS.at(-1)!;
      await expect(tocLink(page, last.anchor)).toHaveAttribute('aria-current', 'true');
      await expect(currentTocLinks(page)).toHaveCount(1);
    });
  });
});
