/**
 * A question's own link, at phone and desktop widths. Where every link to a question lands (its
 * anchor and its GitHub-style alias, at both widths) is one of the reader's journeys, run in every
 * engine, Chromium included: tests/engines/journeys.ts.
 */
import { expect, test, ARTICLE_PATH, QUESTIONS, escapeRegExp } from './fixtures';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`links to a question at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('every question has a visible self-link named after it', async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      for (const question of QUESTIONS) {
        const section = page.locator('section.question', { has: page.locator(`h2#${question.anchor}`) });
        const link = section.locator(`a.self-link[href="#${question.anchor}"]`);
        await expect(link).toHaveCount(1);
        await expect(link).toBeVisible();
        await expect(link).toHaveAccessibleName(new RegExp(escapeRegExp(question.text)));
        // The same link is reachable by its name, as a screen reader user would find it.
        await expect(page.getByRole('link', { name: new RegExp(escapeRegExp(question.text)) }).and(link)).toHaveCount(1);
      }
    });

    test('following a self-link puts its question in the address and marks it', async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      const question = QUESTIONS[2]!;
      const link = page.locator(`a.self-link[href="#${question.anchor}"]`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#${escapeRegExp(question.anchor)}$`));
      const heading = page.locator(`h2#${question.anchor}`);
      await expect(heading).toBeInViewport();
      await expect(page.locator('section.question', { has: heading })).toHaveCSS('border-top-width', '3px');
    });
  });
}
