import { expect, test, ARTICLE_PATH, FRAGMENTS, QUESTIONS, escapeRegExp } from './fixtures';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

/** How far below the top of the window a linked question may start and still count as "at the top". */
const MAX_TOP_OFFSET = 120;

for (const viewport of VIEWPORTS) {
  test.describe(`links to a question at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    for (const { fragment, question, kind } of FRAGMENTS) {
      test(`#${fragment} (${kind}) opens on “${question.text}”`, async ({ page }) => {
        await page.goto(`${ARTICLE_PATH}#${fragment}`);

        const heading = page.locator(`h2#${question.anchor}`);
        await expect(heading).toHaveText(question.text);
        await expect(heading).toBeInViewport();

        // The question starts near the top of the window, not somewhere down the screen.
        await expect
          .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), {
            message: `top of the heading for #${fragment}, in pixels from the top of the window`,
          })
          .toBeGreaterThanOrEqual(0);
        const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
        expect(top, `top of the heading for #${fragment}`).toBeLessThanOrEqual(MAX_TOP_OFFSET);

        // Nothing (a sticky bar, a popup, the table of contents) sits on top of it.
        const uncovered = await heading.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return hit !== null && (hit === element || element.contains(hit));
        });
        expect(uncovered, `the heading for #${fragment} is the topmost element at its centre`).toBe(true);

        // The question the link led to is marked.
        const section = page.locator('section.question', { has: heading });
        await expect(section).toHaveCount(1);
        await expect(section.locator(`[id="${fragment}"]`)).toHaveCount(1);
        await expect(section).toHaveCSS('border-top-width', '3px');

        // And only that one.
        const others = page.locator('section.question').filter({ hasNot: heading });
        await expect(others).toHaveCount(QUESTIONS.length - 1);
        for (const other of await others.all()) await expect(other).not.toHaveCSS('border-top-width', '3px');
      });
    }

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
