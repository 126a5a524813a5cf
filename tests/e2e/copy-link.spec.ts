import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_PATH, QUESTIONS, escapeRegExp } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The address a reader expects to share: this page, without any query, at the question. */
function expectedAddress(page: Page, anchor: string): string {
  const { origin, pathname } = new URL(page.url());
  return `${origin}${pathname}#${anchor}`;
}

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function clearClipboard(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

test('each question’s copy button copies the question’s address and says so', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  for (const question of QUESTIONS) {
    const copier = page.locator(`copy-link[data-anchor="${question.anchor}"]`);
    const button = copier.getByRole('button');
    const status = copier.getByRole('status');

    await clearClipboard(page);
    await expect(button).toBeVisible();
    await button.click();

    await expect(status).toHaveText(/link copied/i);
    await expect(button).toContainText(/link copied/i);
    await expect.poll(() => readClipboard(page), { message: `clipboard after copying #${question.anchor}` }).toBe(
      expectedAddress(page, question.anchor),
    );
  }
});

test('the copy button is named after its question', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  for (const question of QUESTIONS) {
    const button = page.locator(`copy-link[data-anchor="${question.anchor}"]`).getByRole('button');
    await expect(button).toHaveAccessibleName(/copy link/i);
    await expect(button).toHaveAccessibleName(new RegExp(escapeRegExp(question.text)));
  }
});

test('a link copied after arriving from a search has no query', async ({ page }) => {
  await page.goto(`${ARTICLE_PATH}?highlight=x#background`);
  const copier = page.locator('copy-link[data-anchor="background"]');

  await clearClipboard(page);
  await copier.getByRole('button').click();
  await expect(copier.getByRole('status')).toHaveText(/link copied/i);

  const copied = await expect
    .poll(() => readClipboard(page), { message: 'clipboard after copying #background' })
    .toBe(expectedAddress(page, 'background'))
    .then(() => readClipboard(page));
  const url = new URL(copied);
  expect(url.search, 'the copied link carries no query').toBe('');
  expect(url.searchParams.has('highlight')).toBe(false);
  expect(url.hash).toBe('#background');
});

test('the copied link leads back to the question', async ({ page, context }) => {
  await page.goto(ARTICLE_PATH);
  const question = QUESTIONS[3]!;
  const copier = page.locator(`copy-link[data-anchor="${question.anchor}"]`);
  await clearClipboard(page);
  await copier.getByRole('button').click();
  await expect(copier.getByRole('status')).toHaveText(/link copied/i);
  await expect.poll(() => readClipboard(page)).not.toBe('');
  const copied = await readClipboard(page);

  const other = await context.newPage();
  await other.goto(copied);
  const heading = other.locator(`h2#${question.anchor}`);
  await expect(heading).toHaveText(question.text);
  await expect(heading).toBeInViewport();
});
