import { expectNoAxeProblems } from './axe';
import { expect, test, BASE_PATH_TAG, ARTICLE_PATH, collectPolicyViolations, escapeRegExp, sendHeaderPolicy } from './fixtures';
import { copiedQuoteLink, onScreen, quoteTools, REPEATED, selectPassage, type Passage } from './quote-fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PASSAGE: Passage = { anchor: 'relationship-with-the-taliban', from: 'IS-K sees the Afghan Taliban as its strategic rivals.' };

test('the quote tools load only when a reader first selects text in an answer', { tag: BASE_PATH_TAG }, async ({ page }) => {
  // Known by when they load rather than by a file name, which the bundler chooses.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(ARTICLE_PATH);
  await page.waitForLoadState('networkidle');
  await page.getByRole('heading', { level: 1 }).selectText();
  await page.waitForTimeout(300);
  const forTheVisit = [...scripts];
  await selectPassage(page, PASSAGE);
  await expect(quoteTools(page).toolbar).toBeVisible();
  const forTheQuote = scripts.slice(forTheVisit.length);
  expect(forTheQuote.length, 'scripts loaded for the selection').toBeGreaterThan(0);
  expect(forTheVisit.filter((script) => forTheQuote.includes(script)), 'loaded for a visit, or a selection outside the answers').toEqual([]);
  expect(new Set(forTheQuote).size, 'each loaded once').toBe(forTheQuote.length);
});

test('the toolbar appears under a selection in an answer, and nothing on the page moves', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({
      type: 'layout-shift',
    });
  });
  const boxes = () =>
    page.locator('main :is(h1, h2, p, li)').evaluateAll((elements) => elements.map((element) => JSON.stringify(element.getBoundingClientRect())));
  const before = await boxes();

  await selectPassage(page, PASSAGE);
  const { toolbar } = quoteTools(page);
  await expect(toolbar).toBeVisible();
  const paragraph = page.locator('p', { hasText: PASSAGE.from });
  const [text, tools] = [(await paragraph.boundingBox())!, (await toolbar.boundingBox())!];
  expect(tools.y, 'below the start of the selected paragraph').toBeGreaterThan(text.y);
  expect(tools.x + tools.width, 'within the page').toBeLessThanOrEqual(page.viewportSize()!.width);

  expect(await boxes(), 'every heading, paragraph and list item where it was').toEqual(before);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), 'layout shifts').toEqual([]);
});

test('the copied link opens the question with the passage on screen, by the browser’s own text fragment', async ({ page, context }) => {
  await page.goto(ARTICLE_PATH);
  const address = await copiedQuoteLink(page, PASSAGE);
  expect(address).toMatch(new RegExp(`^${escapeRegExp(page.url())}#${PASSAGE.anchor}:~:text=`));
  const { status } = quoteTools(page);
  await expect(status).toHaveText(new RegExp(escapeRegExp(address)));

  const reader = await context.newPage();
  await reader.goto(address);
  expect(await reader.evaluate(() => 'fragmentDirective' in document), 'this browser follows text fragments').toBe(true);
  const paragraph = reader.locator('p', { hasText: PASSAGE.from });
  await expect.poll(() => onScreen(paragraph), 'the quoted paragraph is on screen').toBe(true);
  // The browser takes the directive out of the address it shows the page: what is left leads to the question.
  expect(await reader.evaluate(() => location.hash)).toBe(`#${PASSAGE.anchor}`);
  await expect(reader.locator('mark.quote-highlight'), 'the browser highlights; the page adds nothing').toHaveCount(0);
});

test('a phrase the interview repeats gets a link to the use the reader selected, not the first', async ({ page, context }) => {
  await page.goto(ARTICLE_PATH);
  const address = await copiedQuoteLink(page, REPEATED);
  const reader = await context.newPage();
  await reader.setViewportSize({ width: 1280, height: 500 });
  await reader.goto(address);
  const uses = reader.locator('section.question p', { hasText: REPEATED.from });
  await expect.poll(() => onScreen(uses.last()), 'the selected use, in the last answer').toBe(true);
  expect(await onScreen(uses.first()), 'the first use, in an earlier answer').toBe(false);
});

test('“Copy quote with citation” copies the quote, the authors, the title, the date and the address', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  const address = await copiedQuoteLink(page, PASSAGE);
  const { cite, status } = quoteTools(page);
  await cite.click();
  await expect(status).toHaveText(/quote with citation copied/i);
  await expect(cite).toHaveAccessibleName(/quote copied/i);

  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith(`“${PASSAGE.from}”`), text).toBe(true);
  const authors = await page.locator('.byline-name').allTextContents();
  for (const part of [...authors, await page.locator('h1').textContent(), await page.locator('.byline-date time').textContent(), address]) {
    expect(text, `the citation names ${part}`).toContain(part!);
  }
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item!.getType('text/html')).text();
  });
  expect(html).toContain(`<blockquote><p>${PASSAGE.from}</p></blockquote>`);
  expect(html).toContain(`href="${address}"`);
});

test('by keyboard: Tab reaches the toolbar after a selection, Enter copies, Escape closes it', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  const paragraph = page.locator('p', { hasText: PASSAGE.from });
  // Extending a selection word by word with the keyboard, from the first word.
  await paragraph.getByText('IS-K sees', { exact: false }).dblclick({ position: { x: 2, y: 5 } });
  for (let word = 0; word < 4; word++) await page.keyboard.press('Control+Shift+ArrowRight');
  const { toolbar, link, status } = quoteTools(page);
  await expect(toolbar).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await link.evaluate((button) => button.matches(':focus-visible') && getComputedStyle(button).outlineStyle !== 'none'), 'focus is visible').toBe(true);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/link to the quote copied/i);
  await expect(link).toHaveAccessibleName(/link copied/i);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/:~:text=IS%2DK/);

  await page.keyboard.press('Escape');
  await expect(toolbar).toHaveCount(0);
  // Closed for this passage: the page noticing the selection again (as it does when focus moves) does not bring it back.
  await page.evaluate(() => document.dispatchEvent(new Event('selectionchange')));
  await page.waitForTimeout(300);
  await expect(toolbar).toHaveCount(0);
});

test('no toolbar for a selection across two questions, in a question’s heading, or outside the answers', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  const { toolbar } = quoteTools(page);
  await selectPassage(page, PASSAGE);
  await expect(toolbar).toBeVisible();

  const select = (from: string, to: string) =>
    page.evaluate(
      ({ from, to }) => {
        const start = document.querySelector(from)!.firstChild!;
        const end = document.querySelector(to)!.firstChild!;
        getSelection()!.setBaseAndExtent(start, 0, end, 3);
      },
      { from, to },
    );
  await select('section:has(#background) > p', 'section:has(#aims-and-tactics) > p');
  await expect(toolbar, 'across two answers').toHaveCount(0);
  await selectPassage(page, PASSAGE);
  await expect(toolbar).toBeVisible();
  await select('h2#background', 'h2#background');
  await expect(toolbar, 'in the heading').toHaveCount(0);
  await page.locator('.summary p').selectText();
  await expect(toolbar, 'in the summary').toHaveCount(0);
});

// The page around it is scanned in a11y.spec.ts; here, the toolbar itself, in both colour schemes.
test('with the toolbar open, axe finds no accessibility problems in it, in light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ARTICLE_PATH);
  await selectPassage(page, PASSAGE);
  const { toolbar } = quoteTools(page);
  await expect(toolbar).toBeVisible();
  await expect(toolbar, 'the element axe is given').toHaveClass('quote-tools');
  await expectNoAxeProblems(page, 'the quote toolbar', '.quote-tools');
});

test('the toolbar works under the site’s Content-Security-Policy header', async ({ page, context, baseURL }) => {
  await sendHeaderPolicy(context, baseURL!);
  const violations = await collectPolicyViolations(page);
  await page.goto(ARTICLE_PATH);
  await copiedQuoteLink(page, PASSAGE);
  expect(violations).toEqual([]);
});

test('the toolbar is left off paper', async ({ page }) => {
  await page.goto(ARTICLE_PATH);
  await selectPassage(page, PASSAGE);
  await expect(quoteTools(page).toolbar).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(quoteTools(page).toolbar).toBeHidden();
});
