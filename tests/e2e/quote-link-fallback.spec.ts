/**
 * A browser that does not follow text fragments: Chromium with the feature switched off. The
 * page's own highlight must then mark the quoted passage and bring it on screen.
 */
import { expect, test as base, ARTICLE_PATH } from './fixtures';
import { copiedQuoteLink, onScreen, REPEATED, type Passage } from './quote-fixtures';

const test = base.extend<object, object>({
  launchOptions: [
    async ({ launchOptions }, use) => use({ ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-blink-features=TextFragmentIdentifiers'] }),
    { scope: 'worker' },
  ],
});
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PASSAGES: Passage[] = [
  { anchor: 'aims-and-tactics', from: 'IS-K’s general strategy is to establish a beachhead' },
  // Over two paragraphs: linked by its first and last words.
  { anchor: 'what-is-is-k', from: 'By 2018, it had become', to: 'which culminated in the surrender' },
  REPEATED,
];

test('text fragments are really switched off in this browser', async ({ page }) => {
  await page.goto(`${ARTICLE_PATH}#background:~:text=Nangarhar`);
  expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(false);
  // Not taken out of the address by the browser; the page then puts the question's anchor back.
  await expect(page).toHaveURL(/#background$/);
});

for (const passage of PASSAGES) {
  test(`a quote link marks the passage in its question and brings it on screen: “${passage.from}”${passage.to ? ' …' : ''}`, async ({ page, context }) => {
    await page.goto(ARTICLE_PATH);
    const address = await copiedQuoteLink(page, passage);
    const selected = await page.evaluate(() => getSelection()!.toString().replace(/\s+/g, ' ').trim());

    const reader = await context.newPage();
    await reader.setViewportSize({ width: 1280, height: 500 });
    await reader.goto(address);
    const marks = reader.locator('mark.quote-highlight');
    await expect(marks.first()).toBeVisible();
    const marked = (await marks.allTextContents()).join(' ').replace(/\s+/g, ' ').trim();
    expect(marked, 'the marks hold the selected passage, whole words').toContain(selected);
    await expect(reader.locator(`section:has(h2#${passage.anchor}) mark.quote-highlight`)).toHaveCount(await marks.count());
    await expect.poll(() => onScreen(marks.first()), 'the passage is on screen').toBe(true);
    await expect(reader.locator(`h2#${passage.anchor}:target`), 'the question is marked as the one the link leads to').toHaveCount(1);
    expect(new URL(reader.url()).hash).toBe(`#${passage.anchor}`);
  });
}
