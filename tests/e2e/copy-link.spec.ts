import type { Locator, Page } from '@playwright/test';
import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, QUESTIONS, escapeRegExp } from './fixtures';

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

/** The question's one share control, opened as a reader opens it. */
async function openShare(page: Page, anchor: string): Promise<Locator> {
  const control = page.locator(`details.share[data-anchor="${anchor}"]`);
  await control.locator('summary').click();
  await expect(control).toHaveAttribute('open', '');
  return control;
}

test('each question’s share control copies the question’s address and says so', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  for (const question of QUESTIONS) {
    const control = await openShare(page, question.anchor);
    const button = control.getByRole('button', { name: /^copy link/i });
    const status = control.getByRole('status');

    await clearClipboard(page);
    await expect(button).toBeVisible();
    await button.click();

    await expect(status).toHaveText(/link copied/i);
    // The button's own words change, and so does its name.
    await expect(control.getByRole('button', { name: /^link copied/i })).toBeVisible();
    await expect.poll(() => readClipboard(page), { message: `clipboard after copying #${question.anchor}` }).toBe(
      expectedAddress(page, question.anchor),
    );
  }
});

test('each share control, and each of its choices, is named after its question', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  for (const question of QUESTIONS) {
    const control = await openShare(page, question.anchor);
    const named = new RegExp(escapeRegExp(question.text));
    await expect(control.locator('summary')).toHaveAccessibleName(new RegExp(`^share the question “${escapeRegExp(question.text)}”$`, 'i'));
    const buttons = control.locator('button[data-copy]');
    await expect(buttons).toHaveCount(2);
    await expect(buttons.nth(0)).toHaveAccessibleName(/^copy link/i);
    await expect(buttons.nth(1)).toHaveAccessibleName(/^copy share-page link/i);
    for (const button of await buttons.all()) await expect(button).toHaveAccessibleName(named);
    await expect(control.getByRole('link', { name: /^share page/i })).toHaveAccessibleName(named);
  }
});

test('the share control works from the keyboard, and Escape closes it where it was', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  const question = QUESTIONS[1]!;
  const control = page.locator(`details.share[data-anchor="${question.anchor}"]`);
  const summary = control.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(control).toHaveAttribute('open', '');
  // Its buttons show once their script has come, as the control came on screen.
  const copy = control.getByRole('button', { name: /^copy link/i });
  await expect(copy).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(control).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();
});

test('a link copied after arriving from a search has no query', async ({ page }) => {
  await page.goto(`${ARTICLE_PATH}?highlight=x#background`);
  const control = await openShare(page, 'background');

  await clearClipboard(page);
  await control.getByRole('button', { name: /^copy link/i }).click();
  await expect(control.getByRole('status')).toHaveText(/link copied/i);

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
  const control = await openShare(page, question.anchor);
  await clearClipboard(page);
  await control.getByRole('button', { name: /^copy link/i }).click();
  await expect(control.getByRole('status')).toHaveText(/link copied/i);
  await expect.poll(() => readClipboard(page)).not.toBe('');
  const copied = await readClipboard(page);

  const other = await context.newPage();
  await other.goto(copied);
  const heading = other.locator(`h2#${question.anchor}`);
  await expect(heading).toHaveText(question.text);
  await expect(heading).toBeInViewport();
});

/** The question's own share page, at the address the site promises: `/articles/<id>/q/<anchor>/`. */
function sharePage(baseURL: string | undefined, anchor: string): string {
  return new URL(`${ARTICLE_PATH}q/${anchor}/`, baseURL).href;
}

test('“Copy share-page link” copies the address of the question’s share page, which shows that question', { tag: BASE_PATH_TAG }, async ({ page, context, baseURL }) => {
  await page.goto(`${ARTICLE_PATH}?highlight=x`);
  for (const question of QUESTIONS) {
    const control = await openShare(page, question.anchor);
    const button = control.getByRole('button', { name: /^copy share-page link/i });
    await clearClipboard(page);
    await button.click();
    await expect(control.getByRole('status')).toHaveText(/share-page link copied/i);
    await expect(control.getByRole('button', { name: /^share-page link copied/i })).toBeVisible();
    await expect.poll(() => readClipboard(page), { message: `clipboard after copying #${question.anchor}'s share page` }).toBe(
      sharePage(baseURL, question.anchor),
    );
  }

  const other = await context.newPage();
  await other.goto(await readClipboard(page));
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.at(-1)!.text);
});

test('where the browser can share, “Share…” hands it the question’s share page', { tag: BASE_PATH_TAG }, async ({ page, baseURL }) => {
  const question = QUESTIONS[2]!;

  await page.addInitScript(() => {
    // Stands in for the system share sheet, which a test cannot press.
    Object.assign(navigator, { share: async (data: ShareData) => void ((window as unknown as { shared: ShareData[] }).shared ??= []).push(data) });
  });
  await page.goto(ARTICLE_PATH);
  const share = (await openShare(page, question.anchor)).getByRole('button', { name: /^share…/i });
  await expect(share).toHaveAccessibleName(new RegExp(escapeRegExp(question.text)));
  await share.click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData[] }).shared))
    .toEqual([{ title: question.text, url: sharePage(baseURL, question.anchor) }]);
});

test('without Web Share the “Share…” button stays hidden', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await page.goto(ARTICLE_PATH);
  for (const question of QUESTIONS) {
    const control = await openShare(page, question.anchor);
    // Once the copy buttons show, the control's script has run and decided.
    await expect(control.getByRole('button', { name: /^copy link/i })).toBeVisible();
    await expect(control.locator('button[data-share]')).toBeHidden();
  }
});
