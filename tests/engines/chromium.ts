/** Chromium, over Playwright (the engine of the rest of the browser tests). */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, INSTALL_CHROMIUM } from '../support/chromium.ts';
import { EngineMissing, type Engine, type Tab } from './driver.ts';

export async function launchChromium(): Promise<Engine> {
  const executable = chromiumExecutable();
  if (!executable || !existsSync(executable)) throw new EngineMissing(`no Chromium${executable ? ` at ${executable}` : ''}: ${INSTALL_CHROMIUM}`);
  const browser = await chromium.launch({ executablePath: executable });
  return {
    name: 'Chromium',
    async open({ javaScript }): Promise<Tab> {
      const context = await browser.newContext({ javaScriptEnabled: javaScript, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(`uncaught ${error.message}`));
      // A navigation cancels the last page's loads (the favicon): no reader sees that.
      page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
      return {
        problems,
        goto: async (address) => void (await page.goto(address)),
        evaluate: (fn, arg) => page.evaluate(fn, arg as never),
        click: (selector) => page.locator(selector).first().click(),
        type: (selector, text) => page.locator(selector).pressSequentially(text),
        press: (selector, key) => page.locator(selector).press(key),
        async viewport(width, height) {
          await page.setViewportSize({ width, height });
          return { width, height };
        },
        readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
