import type { Page } from '@playwright/test';
import { expect, test, ARTICLE_PATH, PAGES, QUESTIONS, SEARCH_WORD, SEARCH_WORD_ANCHOR, typeQuery } from './fixtures';

/** Something a reader can see focus on: an outline or a shadow that is drawn and not transparent. */
interface FocusStop {
  element: string;
  indicator: boolean;
  onScreen: boolean;
}

/**
 * Presses Tab through the whole page, once round, and reports every element focus stopped on:
 * what it is, whether it shows a focus indicator, and whether it is on screen. Each stop is
 * recorded in the page as focus arrives, so a press costs one message to the browser. Motion is
 * reduced for the walk: the browser then scrolls a focused control into view at once, where it
 * would otherwise glide there (to the same place) over the next frames.
 */
async function tabThrough(page: Page, atLeast: number): Promise<FocusStop[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => {
    const stops: FocusStop[] = [];
    (window as unknown as { focusStops: FocusStop[] }).focusStops = stops;
    const drawn = (color: string) => color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color);
    document.addEventListener('focusin', (event) => {
      const element = event.target as Element;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && drawn(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && drawn(style.boxShadow);
      const box = element.getBoundingClientRect();
      const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
      stops.push({ element: name, indicator: outline || shadow, onScreen });
    });
  });
  const onceRound = (stops: FocusStop[]) => {
    const again = stops.findIndex((stop, index) => index > 0 && stop.element === stops[0]!.element);
    return again === -1 ? undefined : stops.slice(0, again);
  };
  for (let presses = 0, batch = atLeast + 2; presses < 200; presses += batch, batch = 10) {
    for (let press = 0; press < batch; press++) await page.keyboard.press('Tab');
    const stops = await page.evaluate(() => (window as unknown as { focusStops: FocusStop[] }).focusStops);
    const round = onceRound(stops);
    if (round) return round;
  }
  throw new Error('200 presses of Tab never brought focus back to where it started');
}

/** Every control on the page a keyboard should reach: links, buttons, fields. */
async function controlCount(page: Page): Promise<number> {
  return page.locator('a[href]:visible, button:visible, input:visible, .skip-link').count();
}

async function expectFocusAlwaysVisible(page: Page, name: string): Promise<void> {
  const controls = await controlCount(page);
  const stops = await tabThrough(page, controls);
  expect(stops.length, `focus stops on the ${name} page`).toBeGreaterThanOrEqual(controls);
  expect(stops.filter((stop) => !stop.indicator).map((stop) => stop.element), 'controls focused with no visible indicator').toEqual([]);
  expect(stops.filter((stop) => !stop.onScreen).map((stop) => stop.element), 'controls focused off screen').toEqual([]);
}

test.describe('a keyboard-only reader', () => {
  for (const { name, path } of PAGES) {
    test(`sees where focus is on every control of the ${name} page`, async ({ page }) => {
      await page.goto(path);
      await expectFocusAlwaysVisible(page, name);
    });
  }

  test('first meets a skip link, which takes them past the header', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: /skip to content/i });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport({ ratio: 1 });

    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next stop is inside the content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'focus after the skip link is in main').toBe(true);
  });

  test('reaches the search box with Tab, and searches to the answer', async ({ page, baseURL }) => {
    await page.goto(ARTICLE_PATH);
    const box = page.locator('header form[role="search"] input[type="search"]');
    for (let presses = 0; presses < 5 && !(await box.evaluate((element) => element === document.activeElement)); presses++)
      await page.keyboard.press('Tab');
    await expect(box).toBeFocused();

    await typeQuery(box, SEARCH_WORD);
    const first = page.locator('header a.search-hit').first();
    await expect.poll(async () => new URL((await first.getAttribute('href')) ?? 'x:', page.url()).searchParams.get('highlight')).toBe(SEARCH_WORD);
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === new URL(ARTICLE_PATH, baseURL).pathname && url.hash === `#${SEARCH_WORD_ANCHOR}`);
  });

  test('follows the table of contents to a question, and carries on reading from there', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const question = QUESTIONS[3]!;
    const link = page.locator(`nav.toc a[href="#${question.anchor}"]`);
    for (let presses = 0; presses < 20 && !(await link.evaluate((element) => element === document.activeElement)); presses++)
      await page.keyboard.press('Tab');
    await expect(link).toBeFocused();

    await page.keyboard.press('Enter');
    const heading = page.locator(`h2#${question.anchor}`);
    await expect(heading).toBeInViewport();
    // Tab goes on from the question, not from the table of contents.
    await page.keyboard.press('Tab');
    const section = page.locator('section.question', { has: heading });
    expect(await section.evaluate((element) => element.contains(document.activeElement)), 'focus after following the link is in the question').toBe(true);
  });
});

/** Where something on the page runs past the window's edges or has its content cut off. */
async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${width}px`);
    const describe = (element: Element) => `${element.tagName.toLowerCase()}.${String(element.className).trim().split(/\s+/)[0] ?? ''} “${(element.textContent ?? '').trim().slice(0, 30)}”`;
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.sr-only, [hidden], .skip-link:not(:focus)')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -1 || box.right > width + 1) problems.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' && !(element instanceof HTMLInputElement);
      if (clips && element.scrollWidth > element.clientWidth + 1) problems.push(`${describe(element)} cuts off its content`);
    }
    return problems;
  });
}

const NARROW = [
  { name: 'a 320 px wide screen', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  // A 1280 px window zoomed to 200% lays the page out in 640 CSS pixels, each drawn twice as large.
  { name: '200% zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

/** A page with each search box whose results open under it: the header's (the same on every page but the search page and the 404), and the search page's own. */
const WITH_RESULTS = PAGES.filter((page) => page.name === 'article' || page.name === 'search');

for (const { name: screen, viewport, deviceScaleFactor } of NARROW) {
  test.describe(`on ${screen}`, () => {
    test.use({ viewport, deviceScaleFactor });

    test('every kind of page fits, with nothing cut off', async ({ page }) => {
      for (const { name, path } of PAGES) {
        await page.goto(path);
        expect.soft(await overflowProblems(page), `the ${name} page`).toEqual([]);
      }
    });

    for (const { name, path, searchBox } of WITH_RESULTS) {
      test(`the ${name} page still fits with its search box’s results open`, async ({ page }) => {
        await page.goto(path);
        await typeQuery(page.locator(searchBox), SEARCH_WORD);
        await expect(page.locator('a.search-hit').first()).toBeVisible();
        expect(await overflowProblems(page), 'with results open').toEqual([]);
      });
    }
  });
}

test.describe('a reader who asks for reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('jumps, rather than scrolls smoothly, and sees nothing animate', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const question = QUESTIONS[4]!;
    await page.locator(`nav.toc a[href="#${question.anchor}"]`).focus();
    // Smooth scrolling is switched on while focus is in the page: this is when it would apply.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');

    // Following a link arrives at once: the very next frame is already there.
    const settledAt = await page.evaluate(async (anchor) => {
      document.querySelector<HTMLAnchorElement>(`nav.toc a[href="#${anchor}"]`)!.click();
      await new Promise(requestAnimationFrame);
      return Math.round(document.getElementById(anchor)!.getBoundingClientRect().top);
    }, question.anchor);
    await page.waitForTimeout(500);
    expect(await page.locator(`h2#${question.anchor}`).evaluate((heading) => Math.round(heading.getBoundingClientRect().top))).toBe(settledAt);

    // Nothing moves on its own: no animation or transition, even as results and messages appear.
    await typeQuery(page.locator('header form[role="search"] input[type="search"]'), SEARCH_WORD);
    const control = page.locator(`details.share[data-anchor="${question.anchor}"]`);
    await control.locator('summary').click();
    await control.locator('button[data-copy="question"]').click();
    const moving = await page.evaluate(() => {
      const animations = document.getAnimations().map((animation) => animation.constructor.name);
      const transitions = [...document.querySelectorAll('*')].filter((element) => {
        const style = getComputedStyle(element);
        return style.animationName !== 'none' || style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0);
      });
      return [...animations, ...transitions.map((element) => element.tagName.toLowerCase())];
    });
    expect(moving).toEqual([]);
  });

  test.describe('and one who does not', () => {
    test.use({ reducedMotion: 'no-preference' });

    test('gets smooth scrolling, so the check above is not vacuous', async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      await page.locator('nav.toc a').first().focus();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    });
  });
});

test.describe('in forced colours (Windows high contrast)', () => {
  test.use({ forcedColors: 'active' });

  test('the browser really is forcing colours', async ({ page }) => {
    await page.goto('./');
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  });

  for (const { name, path } of PAGES.filter((page) => page.name === 'article' || page.name === 'search')) {
    test(`focus stays visible on every control of the ${name} page`, async ({ page }) => {
      await page.goto(path);
      await expectFocusAlwaysVisible(page, name);
    });
  }

  test('the question a link led to is marked by more than colour', async ({ page }) => {
    const question = QUESTIONS[2]!;
    await page.goto(`${ARTICLE_PATH}#${question.anchor}`);
    const rules = await page.locator('section.question').evaluateAll((sections) =>
      sections.map((section) => {
        const style = getComputedStyle(section);
        return { target: section.querySelector(':target') !== null, width: parseFloat(style.borderTopWidth), style: style.borderTopStyle, color: style.borderTopColor };
      }),
    );
    const marked = rules.filter((rule) => rule.target);
    expect(marked).toHaveLength(1);
    expect(marked[0]!.style).toBe('solid');
    expect(marked[0]!.color).not.toMatch(/transparent|rgba\(.*,\s*0\)$/);
    for (const other of rules.filter((rule) => !rule.target)) expect(marked[0]!.width, 'the marked rule is thicker than the others').toBeGreaterThan(other.width);
  });

  test('the searched words stay highlighted', async ({ page }) => {
    await page.goto(`${ARTICLE_PATH}?highlight=${SEARCH_WORD}#${SEARCH_WORD_ANCHOR}`);
    const mark = page.locator('mark.search-highlight').first();
    await expect(mark).toBeVisible();
    const look = await mark.evaluate((element) => {
      const own = getComputedStyle(element);
      return { background: own.backgroundColor, page: getComputedStyle(document.body).backgroundColor, outline: own.outlineStyle };
    });
    const standsOut = look.outline !== 'none' || (look.background !== look.page && !/transparent|rgba\(.*,\s*0\)$/.test(look.background));
    expect(standsOut, `a highlighted word against its paragraph: ${JSON.stringify(look)}`).toBe(true);
  });
});
