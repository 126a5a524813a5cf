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
        // Where the browser has settled: the heading's top, whether anything covers it, and
        // which questions are marked as the one a link led to.
        const landing = async () =>
          heading.evaluate((element, fragment) => {
            const box = element.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            const sections = [...document.querySelectorAll('section.question')];
            const section = element.closest('section.question');
            return {
              top: Math.round(box.top),
              uncovered: hit !== null && (hit === element || element.contains(hit)),
              holdsFragment: section?.querySelector(`[id="${fragment}"]`) !== null,
              marked: sections.filter((other) => getComputedStyle(other).borderTopWidth === '3px').map((other) => other.querySelector('h2')?.id),
              questions: sections.length,
            };
          }, fragment);

        // The question starts near the top of the window, not somewhere down the screen.
        await expect
          .poll(async () => (await landing()).top, { message: `top of the heading for #${fragment}, in pixels from the top of the window` })
          .toBeGreaterThanOrEqual(0);
        const { top, uncovered, holdsFragment, marked, questions } = await landing();
        expect(top, `top of the heading for #${fragment}`).toBeLessThanOrEqual(MAX_TOP_OFFSET);
        // Nothing (a sticky bar, a popup, the table of contents) sits on top of it.
        expect(uncovered, `the heading for #${fragment} is the topmost element at its centre`).toBe(true);
        // The question the link led to holds the fragment's id, and it alone is marked.
        expect(holdsFragment, `#${fragment} is inside the question`).toBe(true);
        expect(questions, 'questions on the page').toBe(QUESTIONS.length);
        expect(marked, 'questions marked as the one the link led to').toEqual([question.anchor]);
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
