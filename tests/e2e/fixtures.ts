import { expect, test as base, type BrowserContext, type Locator, type Page, type Request } from '@playwright/test';
import { existsSync } from 'node:fs';
import { serveStatic, type StaticSite } from '../../bench/lib/static-server.ts';
import { SHORTEST_PARTIAL_WORD } from '@/search/client/words';
import { ARTICLE_PATH, QUESTIONS, type Question } from '../contract';

export { ARTICLE_PATH, QUESTIONS, type Question };

/**
 * Every browser test runs against a built site served as a static host serves it, by a server
 * of each worker's own on a free port: so the tests run while `npm start` (astro preview on 4321)
 * is serving, or beside another checkout's tests. Which site is a project's option
 * (playwright.config.ts): `dist/` at `/`, or `dist-isk/` under `/isk/`. `baseURL` is the
 * server's address under the base path; `site` is the server itself, for tests that count what
 * it served.
 */
/** Which built site a project tests, and the path it is served under. */
export interface SiteOptions {
  siteDir: string;
  basePath: string;
}

export const test = base.extend<object, SiteOptions & { site: StaticSite }>({
  siteDir: ['dist', { scope: 'worker', option: true }],
  basePath: ['/', { scope: 'worker', option: true }],
  site: [
    async ({ siteDir, basePath }, use) => {
      if (!existsSync(siteDir))
        throw new Error(`${siteDir}/ is missing: build it first (\`npm test\` builds both sites; by hand: ${siteDir === 'dist' ? '`npx astro build`' : `\`BASE_PATH=${basePath} npx astro build --outDir ${siteDir}\``}).`);
      const site = await serveStatic(siteDir, 0, basePath);
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ site }, use) => use(site.url),
  context: async ({ context }, use) => {
    await use(context);
    // A test that answers requests itself (sendHeaderPolicy) may end with one still on its way, a
    // script the page loads late: nobody is left to read its answer, which is no failure.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  },
});

export { expect };

/**
 * Marks a test whose subject is the base path (addresses, assets, the search index's and
 * scripts' locations, share pages, canonical addresses): the run under `/isk/` keeps only these.
 */
export const BASE_PATH_TAG = '@base-path';

/**
 * Every kind of page, with the address it names as canonical (a share page names its article), the
 * search box a reader would use there, and whether it shows results as the reader types (a share
 * page runs no script: its box leads to the search page).
 */
export const PAGES: readonly { name: string; path: string; canonical: string; searchBox: string; live?: false }[] = [
  { name: 'home', path: './', canonical: './', searchBox: 'header form[role="search"] input[type="search"]' },
  { name: 'article', path: ARTICLE_PATH, canonical: ARTICLE_PATH, searchBox: 'header form[role="search"] input[type="search"]' },
  { name: 'search', path: 'search/', canonical: 'search/', searchBox: 'main form[role="search"] input[type="search"]' },
  { name: '404', path: '404.html', canonical: '404.html', searchBox: 'main form[role="search"] input[type="search"]' },
  { name: 'question share', path: `${ARTICLE_PATH}q/background/`, canonical: ARTICLE_PATH, searchBox: 'header form[role="search"] input[type="search"]', live: false },
  { name: 'names index', path: 'names/', canonical: 'names/', searchBox: 'header form[role="search"] input[type="search"]' },
];

/** A word that appears in one answer only: the background question's. */
export const SEARCH_WORD = 'Nangarhar';
export const SEARCH_WORD_ANCHOR = 'background';

/** Matches text literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Starts recording every request the page makes to an origin other than `siteOrigin`.
 * Returns the live list (read it after the actions under test) and a function to stop.
 * `data:` and `blob:` addresses reach no origin and are not counted.
 */
export function collectOffOriginRequests(page: Page, siteOrigin: string): { requests: string[]; stop: () => void } {
  const requests: string[] = [];
  const listener = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== siteOrigin) requests.push(request.url());
  };
  page.on('request', listener);
  return { requests, stop: () => page.off('request', listener) };
}

/**
 * Starts recording every breach of the page's Content-Security-Policy: the browser's
 * `securitypolicyviolation` events (in the page and its frames, across navigations) and its
 * console reports of them. Returns the live list.
 */
export async function collectPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (report: string) => violations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (report: string) => void }).reportPolicyViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

/**
 * Serves every file of the site with the Content-Security-Policy header that the built
 * `_headers` file asks hosts to send (the tests' server, like astro preview, reads no such file), so a test sees
 * the policy both ways a reader's browser may get it: a worker, should one ever run, obeys only
 * the header, and the header alone refuses framing.
 */
export async function sendHeaderPolicy(context: BrowserContext, baseURL: string): Promise<string> {
  const headers = await context.request.get(new URL('_headers', baseURL).href);
  expect(headers.status(), 'the built site has a _headers file').toBe(200);
  const policy = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(await headers.text())?.[1];
  expect(policy, 'a Content-Security-Policy in _headers').toBeTruthy();
  await context.route(`${new URL(baseURL).origin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy! } });
  });
  return policy!;
}

/** Records the address of every request whose path goes into the search index's folder. */
export function collectSearchIndexRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) requests.push(request.url());
  });
  return requests;
}

/**
 * Types a query the way a reader does once the search has woken up: the first letters it
 * answers, a pause until it has, then the rest. (Typing before the engine has loaded is covered
 * by its own test.)
 */
export async function typeQuery(box: Locator, query: string): Promise<void> {
  const status = box.locator('xpath=ancestor::form[1]').locator('[role="status"]');
  if (!(await box.evaluate((element) => element === document.activeElement))) await box.click();
  await box.pressSequentially(query.slice(0, SHORTEST_PARTIAL_WORD));
  await expect(status, 'the search answers the first letters').not.toBeEmpty();
  await box.pressSequentially(query.slice(SHORTEST_PARTIAL_WORD));
  await expect(box).toHaveValue(query);
}
