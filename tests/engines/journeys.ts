/**
 * The reader's journeys, each described once and run in every engine (run.ts). A journey
 * throws at the first thing a reader would see go wrong; it returns a note when the engine took
 * the site's fallback rather than its first way, saying which.
 */
import { ARTICLE_PATH, QUESTIONS } from '../contract.ts';
import { slug } from 'github-slugger';
import type { Engine, Tab } from './driver.ts';

export interface Journey {
  name: string;
  /** Scripting off; these run last, as WebKit must start another browser for them. */
  withoutJavaScript?: boolean;
  run(tab: Tab, site: string, engine: Engine['name']): Promise<string | void>;
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** How far below the top of the window a linked question may start and still count as "at the top". */
const MAX_TOP_OFFSET = 120;
/** A word in one answer only, and that answer. */
const SEARCH_WORD = 'Nangarhar';
const SEARCH_WORD_ANCHOR = 'background';

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(what);
}

/** Asks the page until `fn` answers true, for at most five seconds (the page may still be at work). */
async function until<A>(tab: Tab, what: string, fn: (arg: A) => boolean, arg?: A): Promise<void> {
  for (const deadline = Date.now() + 5000; !(await tab.evaluate(fn, arg)); ) {
    if (Date.now() > deadline) throw new Error(`${what}: not so after 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The heading starts near the top of the window, nothing covers it, and its question is marked as the one linked. */
async function expectQuestionAtTop(tab: Tab, anchor: string, fragment = anchor): Promise<void> {
  await until(tab, `the question #${anchor} starts within ${MAX_TOP_OFFSET} px of the top (#${fragment})`, ({ anchor, max }) => {
    const top = document.getElementById(anchor)!.getBoundingClientRect().top;
    return top >= 0 && top <= max;
  }, { anchor, max: MAX_TOP_OFFSET });
  const seen = await tab.evaluate(({ anchor, fragment }) => {
    const heading = document.getElementById(anchor)!;
    const box = heading.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const sections = [...document.querySelectorAll('section.question')];
    const marked = sections.filter((section) => getComputedStyle(section).borderTopWidth === '3px');
    return {
      text: heading.textContent!.trim(),
      holdsFragment: heading.closest('section.question')?.querySelector(`[id="${fragment}"]`) != null,
      questions: sections.length,
      uncovered: hit !== null && heading.contains(hit),
      marked: marked.map((section) => section.querySelector('h2')?.id),
    };
  }, { anchor, fragment });
  const question = QUESTIONS.find((question) => question.anchor === anchor)!;
  check(seen.text === question.text, `the heading #${anchor} reads “${question.text}”, not “${seen.text}”`);
  check(seen.holdsFragment, `#${fragment} is inside the question #${anchor}`);
  check(seen.questions === QUESTIONS.length, `${QUESTIONS.length} questions on the page, not ${seen.questions}`);
  check(seen.uncovered, `the heading #${anchor} is the topmost element at its centre (#${fragment})`);
  check(seen.marked.length === 1 && seen.marked[0] === anchor, `only #${anchor} is marked as linked (#${fragment}); marked: ${seen.marked.join(', ') || 'none'}`);
}

/** Every fragment that should lead to a question: its anchor, and the id GitHub would give its text where that differs. */
const FRAGMENTS = QUESTIONS.flatMap(({ anchor, text }) => [anchor, ...(slug(text) === anchor ? [] : [slug(text)])].map((fragment) => ({ fragment, anchor })));

function deepLinks(width: number, height: number): Journey {
  return {
    name: `every link to a question opens at the top, ${width} px wide`,
    async run(tab, site) {
      const obtained = await tab.viewport(width, height);
      for (const { fragment, anchor } of FRAGMENTS) {
        await tab.goto('about:blank');
        await tab.goto(`${site}${ARTICLE_PATH}#${fragment}`);
        await expectQuestionAtTop(tab, anchor, fragment);
      }
      return obtained.width === width ? undefined : `its narrowest window is ${obtained.width} px wide, so this ran at ${obtained.width} px`;
    },
  };
}

/** Types a query as a reader does, and waits for the results for all of it. */
async function typeQuery(tab: Tab, box: string, query: string): Promise<void> {
  await tab.click(box);
  await tab.type(box, query);
  await until(tab, `the first result is for “${query}” and leads to #${SEARCH_WORD_ANCHOR}`, ({ query, anchor }) => {
    const first = document.querySelector<HTMLAnchorElement>('ol.search-results a.search-hit');
    if (!first) return false;
    const address = new URL(first.href);
    return address.searchParams.get('highlight')?.toLowerCase() === query.toLowerCase() && address.hash === `#${anchor}`;
  }, { query, anchor: SEARCH_WORD_ANCHOR });
}

/** The reader is on the article at the answer holding the word, the word marked on screen, the address tidied. */
async function expectLandedOnAnswer(tab: Tab, site: string): Promise<void> {
  const pathname = new URL(ARTICLE_PATH, site).pathname;
  await until(tab, `on the article at #${SEARCH_WORD_ANCHOR}, without the searched words in the address`, ({ pathname, anchor }) =>
    location.pathname === pathname && location.hash === `#${anchor}` && !new URLSearchParams(location.search).has('highlight'), { pathname, anchor: SEARCH_WORD_ANCHOR });
  await until(tab, `“${SEARCH_WORD}” is marked on screen in the answer`, ({ word, anchor }) =>
    [...document.getElementById(anchor)!.closest('section')!.querySelectorAll('mark.search-highlight')].some((mark) => {
      const box = mark.getBoundingClientRect();
      return mark.textContent === word && box.top >= 0 && box.bottom <= innerHeight;
    }), { word: SEARCH_WORD, anchor: SEARCH_WORD_ANCHOR });
}

/** Whether the paragraph holding `words` lies wholly in the window. */
function paragraphOnScreen(words: string): boolean {
  const paragraph = [...document.querySelectorAll('section.question p')].find((element) => element.textContent!.replace(/\s+/g, ' ').includes(words));
  if (!paragraph) return false;
  const box = paragraph.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
}

const QUOTE = { anchor: 'aims-and-tactics', words: 'IS-K’s general strategy is to establish a beachhead' };

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'the article reads: its title, every question and its answers',
    async run(tab, site) {
      await tab.goto(`${site}${ARTICLE_PATH}`);
      const page = await tab.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        questions: [...document.querySelectorAll('section.question h2')].map((heading) => ({ anchor: heading.id, text: heading.textContent!.trim() })),
        answered: [...document.querySelectorAll('section.question')].every((section) => section.querySelector('p')?.textContent?.trim()),
      }));
      check(page.h1 === 1, 'one title');
      for (const { anchor, text } of QUESTIONS) check(page.questions.some((question) => question.anchor === anchor && question.text === text), `the question “${text}” at #${anchor}`);
      check(page.answered, 'every question has an answer');
    },
  },
  {
    name: 'no script is fetched before the article has painted, and the scripts then come',
    async run(tab, site) {
      await tab.goto(`${site}${ARTICLE_PATH}`);
      await until(tab, 'the page’s script is out of its template', () => document.querySelector('template#enhancements')?.innerHTML === '' && document.querySelector('body > script[type="module"][src]') !== null);
      await until(tab, 'the contents’ script has come', () => performance.getEntriesByType('resource').some((entry) => /\/toc\.[\w-]+\.js$/.test(entry.name)));
      const seen = await tab.evaluate(() => ({
        paint: performance.getEntriesByType('paint').map((entry) => entry.startTime).sort((a, b) => a - b)[0] ?? null,
        // The journeys' own probe (site.ts) is no script of the site's.
        scripts: performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js') && !entry.name.includes('/__engines/')).map((entry) => ({ name: entry.name, start: entry.startTime })),
      }));
      if (seen.paint === null) return 'no paint timing in this engine: the scripts came a frame after the page was laid out';
      for (const script of seen.scripts) check(script.start >= seen.paint, `${script.name} was fetched at ${script.start.toFixed(0)} ms, before the first paint at ${seen.paint.toFixed(0)} ms`);
      return undefined;
    },
  },
  deepLinks(PHONE.width, PHONE.height),
  deepLinks(DESKTOP.width, DESKTOP.height),
  {
    name: 'the table of contents follows the reader to the last question',
    async run(tab, site) {
      await tab.viewport(DESKTOP.width, DESKTOP.height);
      await tab.goto(`${site}${ARTICLE_PATH}`);
      const current = () => tab.evaluate(() => [...document.querySelectorAll('toc-nav nav.toc a[aria-current="true"]')].map((link) => link.getAttribute('href')));
      for (const [index, { anchor }] of QUESTIONS.entries()) {
        const last = index === QUESTIONS.length - 1;
        // The last question may not reach the top: the reader scrolls to the end of the page.
        await tab.evaluate(({ anchor, last }) => (last ? scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }) : document.getElementById(anchor)!.scrollIntoView({ block: 'start', behavior: 'instant' })), { anchor, last });
        await until(tab, `the contents mark #${anchor} as current`, (anchor) => document.querySelector(`toc-nav nav.toc a[href="#${anchor}"]`)?.getAttribute('aria-current') === 'true', anchor);
        check((await current()).length === 1, `one question current at #${anchor}, not ${(await current()).join(', ')}`);
      }
    },
  },
  {
    name: 'search from the search page lands on the answer with the words marked',
    async run(tab, site) {
      await tab.goto(`${site}search/`);
      const box = 'main form[role="search"] input[type="search"]';
      await typeQuery(tab, box, SEARCH_WORD);
      await tab.press(box, 'Enter');
      await expectLandedOnAnswer(tab, site);
    },
  },
  {
    name: 'search from the article’s header box lands on the answer with the words marked',
    async run(tab, site) {
      await tab.viewport(PHONE.width, PHONE.height);
      await tab.goto(`${site}${ARTICLE_PATH}`);
      await typeQuery(tab, 'header form[role="search"] input[type="search"]', SEARCH_WORD);
      await tab.click('ol.search-results a.search-hit');
      await expectLandedOnAnswer(tab, site);
    },
  },
  {
    name: 'a link to a quote brings the passage on screen',
    async run(tab, site) {
      await tab.viewport(DESKTOP.width, 500);
      const directive = encodeURIComponent(QUOTE.words).replaceAll('-', '%2D');
      await tab.goto(`${site}${ARTICLE_PATH}#${QUOTE.anchor}:~:text=${directive}`);
      await until(tab, 'the quoted paragraph is on screen', paragraphOnScreen, QUOTE.words);
      const follows = await tab.evaluate(() => 'fragmentDirective' in document);
      const marks = await tab.evaluate(() => [...document.querySelectorAll('mark.quote-highlight')].map((mark) => mark.textContent).join(' '));
      if (follows) {
        check(marks === '', 'the browser highlights the passage; the page adds no mark of its own');
        return;
      }
      check(marks.replace(/\s+/g, ' ') === QUOTE.words, `the page marks the passage itself, not “${marks}”`);
      return 'no text fragments in this engine: the page’s own highlight marked the passage';
    },
  },
  {
    name: 'copy link puts the question’s address on the clipboard and says so',
    async run(tab, site) {
      const anchor = QUESTIONS.at(-1)!.anchor;
      await tab.goto(`${site}${ARTICLE_PATH}?highlight=x`);
      const copier = `details.share[data-anchor="${anchor}"]`;
      await tab.click(`${copier} summary`);
      // Its buttons show once their script has come, as the control came on screen.
      await until(tab, 'the copy button is ready', (copier) => (document.querySelector<HTMLElement>(`${copier} button[data-copy="question"]`)?.offsetWidth ?? 0) > 0, copier);
      let pressed = '';
      try {
        await tab.click(`${copier} button[data-copy="question"]`);
      } catch (error) {
        // WebKitGTK's WebDriver calls the button in the open share control "not interactable",
        // though a reader can press it; the page's own click stands in for the driver's.
        if (!/not interactable/.test(String(error))) throw error;
        await tab.evaluate((copier) => document.querySelector<HTMLElement>(`${copier} button[data-copy="question"]`)!.click(), copier);
        pressed = 'its WebDriver would not press the button in the open control, so the page clicked it; ';
      }
      const address = `${new URL(ARTICLE_PATH, site).href}#${anchor}`;
      await until(tab, 'the button says what happened', (copier) => document.querySelector(`${copier} [role="status"]`)!.textContent !== '', copier);
      const said = await tab.evaluate((copier) => document.querySelector(`${copier} [role="status"]`)!.textContent!, copier);
      if (tab.readClipboard) {
        check(said === `Link copied: ${address}`, `the page says it copied ${address}, not “${said}”`);
        const copied = await tab.readClipboard();
        check(copied === address, `the clipboard holds ${address}, not ${copied}`);
        return pressed ? pressed.replace(/; $/, '') : undefined;
      }
      check(said.endsWith(address), `the page gives the question’s address, ${address}, not “${said}”`);
      return `${pressed}its automation cannot read the clipboard: checked the address the page announces (${said.startsWith('Link copied') ? 'copied' : 'not copied, shown instead'})`;
    },
  },
  {
    name: 'without JavaScript the article reads in full and a link to a question opens at it',
    withoutJavaScript: true,
    async run(tab, site) {
      await tab.viewport(PHONE.width, PHONE.height);
      const last = QUESTIONS.at(-1)!.anchor;
      await tab.goto(`${site}${ARTICLE_PATH}#${last}`);
      const page = await tab.evaluate(() => ({
        scripting: customElements.get('toc-nav') !== undefined,
        questions: [...document.querySelectorAll('section.question h2')].map((heading) => heading.id),
      }));
      check(!page.scripting, 'the page ran without its scripts');
      check(QUESTIONS.every(({ anchor }) => page.questions.includes(anchor)), 'every question is on the page');
      await expectQuestionAtTop(tab, last);
    },
  },
];
