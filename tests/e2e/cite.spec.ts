import { readFile } from 'node:fs/promises';
import { expect, test, BASE_PATH_TAG, ARTICLE_PATH } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const STYLES = ['apa', 'mla', 'chicago', 'harvard'] as const;

test('each copy button copies exactly its style’s reference and says so', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  const block = page.getByRole('region', { name: 'Cite this article' });
  // The copy buttons' script loads as the block comes on screen, as a reader scrolls to it.
  await block.scrollIntoViewIfNeeded();
  await expect(block).toBeVisible();
  const copied = new Set<string>();
  for (const style of STYLES) {
    const entry = block.locator(`copy-reference[data-style="${style}"]`);
    const reference = (await entry.locator('.cite-reference').innerText()).trim();
    await page.evaluate(() => navigator.clipboard.writeText(''));

    const button = entry.getByRole('button');
    await expect(button).toBeVisible();
    await button.click();

    await expect(button).toContainText('Copied');
    await expect(entry.getByRole('status')).toHaveText(/copied/i);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: `clipboard after copying ${style}` }).toBe(reference);
    copied.add(reference);
  }
  expect(copied.size, 'every style copies a different reference').toBe(STYLES.length);
});

test('each copy button is named after its style', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  await page.getByRole('region', { name: 'Cite this article' }).scrollIntoViewIfNeeded();
  for (const style of STYLES) {
    const entry = page.locator(`copy-reference[data-style="${style}"]`);
    const label = await entry.getByRole('heading', { level: 3 }).textContent();
    await expect(entry.getByRole('button')).toHaveAccessibleName(`Copy the ${label} reference`);
  }
});

const FILES = [
  { name: 'BibTeX', extension: 'bib', start: /^@article\{/ },
  { name: 'RIS', extension: 'ris', start: /^TY {2}- NEWS\r?\n/ },
];

for (const { name, extension, start } of FILES) {
  test(`the ${name} link downloads the reference as a .${extension} file`, { tag: BASE_PATH_TAG }, async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const link = page.getByRole('link', { name: new RegExp(`^${name}`) });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`what-is-isis-k.${extension}`);
    const content = await readFile(await download.path(), 'utf8');
    expect(content).toMatch(start);
    expect(content).toContain(canonical);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the references read in full, the files still link, and no button promises a copy', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const block = page.getByRole('region', { name: 'Cite this article' });
    for (const style of STYLES) {
      const entry = block.locator(`copy-reference[data-style="${style}"]`);
      await expect(entry.locator('.cite-reference')).toBeVisible();
      await expect(entry.locator('.cite-reference')).toContainText('Jadoon');
      await expect(entry.getByRole('button')).toBeHidden();
    }
    await expect(block.getByRole('link', { name: /^BibTeX/ })).toBeVisible();
    await expect(block.getByRole('link', { name: /^RIS/ })).toBeVisible();
  });
});
