import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/** An installed Chromium when there is one (CI installs Debian's); Playwright's own otherwise. */
const chromiumPath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (!chromiumPath && !existsSync(chromium.executablePath())) {
  throw new Error(
    'No Chromium for the browser tests. Install one (Debian: `apt-get install chromium`; or `npx playwright install chromium`), or set CHROMIUM_PATH to its executable.',
  );
}

/**
 * The tests serve the built site themselves (`tests/e2e/fixtures.ts`): `dist/`, or the folder in
 * PREVIEW_OUT_DIR, under BASE_PATH, on a free port. `npm test` builds a second site under a base
 * path into its own folder.
 */
const base = process.env['BASE_PATH'] ?? '/';
/** Names this run's report, so a run under a base path does not overwrite the run at `/`. */
const runName = base.replace(/^\/+|\/+$/g, '').replace(/[^\w-]+/g, '-') || 'root';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Two browsers at once on every machine (`--workers` changes it): Playwright's default, half the
  // cores, would be one on a two-core machine.
  workers: 2,
  reporter: [['list'], ['json', { outputFile: `test-results/e2e-${runName}.json` }]],
  outputDir: `test-results/e2e-${runName}`,
  use: {
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          // Keep the browser off the network: the site must need nothing beyond its own origin.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
});
