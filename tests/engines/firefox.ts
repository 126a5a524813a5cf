/**
 * Firefox, over WebDriver BiDi with puppeteer-core: Playwright's own Firefox cannot be installed
 * everywhere, and its BiDi channel does not run against Firefox ESR (it asks for commands ESR lacks).
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { EngineMissing, type Engine, type Tab } from './driver.ts';

const EXECUTABLE = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

export async function launchFirefox(): Promise<Engine> {
  if (!existsSync(EXECUTABLE)) throw new EngineMissing(`Firefox is not at ${EXECUTABLE}: sudo apt-get install firefox-esr (or set FIREFOX_PATH)`);
  const launch = (javaScript: boolean) =>
    puppeteer.launch({ browser: 'firefox', executablePath: EXECUTABLE, headless: true, extraPrefsFirefox: { 'javascript.enabled': javaScript } });
  // Firefox's BiDi has no command to switch scripting off in a tab: a second browser has it off from
  // the start, launched now so that it is up by the time the journeys without JavaScript come.
  const browsers = new Map([[true, launch(true)], [false, launch(false)]]);
  // Its failure, if any, is the failure of the journeys that open it, not of the whole run.
  browsers.get(false)!.catch(() => undefined);
  await browsers.get(true);
  return {
    name: 'Firefox',
    async open({ javaScript }): Promise<Tab> {
      const context = await (await browsers.get(javaScript)!).createBrowserContext();
      const page = await context.newPage();
      const problems: string[] = [];
      // A page being left aborts its own module loads, and Firefox reports each as an uncaught
      // "error loading dynamically imported module" from that page. Like the probe (site.ts), the
      // driver ignores what a page reports while it is being left; the next page's own failures
      // still reach the probe, and a module the site lacks reaches the server's failed requests.
      let leaving = false;
      page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
      page.on('pageerror', (error) => leaving || problems.push(`uncaught ${error instanceof Error ? error.message : String(error)}`));
      // A navigation cancels the last page's loads (the favicon): no reader sees that.
      page.on('requestfailed', (request) => request.failure()?.errorText !== 'NS_BINDING_ABORTED' && problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
      return {
        problems,
        async goto(address) {
          leaving = true;
          try {
            await page.goto(address, { waitUntil: 'load' });
          } finally {
            leaving = false;
          }
        },
        evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
        click: (selector) => page.click(selector),
        type: (selector, text) => page.type(selector, text),
        async press(selector, key) {
          await page.focus(selector);
          await page.keyboard.press(key);
        },
        async viewport(width, height) {
          await page.setViewport({ width, height });
          return { width, height };
        },
        // Headless Firefox hands the page its clipboard without asking.
        readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
        close: () => context.close(),
      };
    },
    close: async () => void (await Promise.all([...browsers.values()].map(async (browser) => (await browser).close()))),
  };
}
