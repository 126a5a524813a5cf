import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import type { SiteOptions } from './tests/e2e/fixtures';
import { chromiumExecutable, INSTALL_CHROMIUM } from './tests/support/chromium.ts';

/** An installed Chromium when there is one (CI installs Debian's); Playwright's own otherwise. */
const chromiumPath = chromiumExecutable();
if (!chromiumPath && !existsSync(chromium.executablePath())) throw new Error(`No Chromium for the browser tests. ${INSTALL_CHROMIUM}.`);

/**
 * The tests serve the built site themselves (`tests/e2e/fixtures.ts`) on a free port: the
 * project `chromium` serves `dist/` at `/`; the project `chromium /isk/` serves `dist-isk/`
 * (`npm test` builds it with `BASE_PATH=/isk/`) and runs only the tests whose subject is the
 * base path (tagged `@base-path`). One run holds both, so both share the workers.
 */
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    // Keep the browser off the network: the site must need nothing beyond its own origin.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  },
};

export default defineConfig<SiteOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  // Twice Playwright's default: an accessibility scan of the article takes seconds on a two-core machine.
  timeout: 60_000,
  // Two browsers at once on every machine (`--workers` changes it): Playwright's default, half the
  // cores, would be one on a two-core machine.
  workers: 2,
  // A failing test runs once more with a trace recorded, so passing tests pay nothing for tracing;
  // a test that passes only the second time is reported flaky, and `npm test` counts it failed.
  retries: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    trace: 'on-first-retry',
  },
  projects: [
    { name: 'chromium', use: { ...browser, siteDir: 'dist', basePath: '/' } },
    { name: 'chromium /isk/', use: { ...browser, siteDir: 'dist-isk', basePath: '/isk/' }, grep: /@base-path/ },
  ],
});
