import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/** An installed Chromium when there is one (CI installs Debian's); Playwright's own otherwise. */
const chromiumPath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((path) => path && existsSync(path));
if (!chromiumPath && !existsSync(chromium.executablePath())) {
  throw new Error(
    'No Chromium for the browser tests. Install one (Debian: `apt-get install chromium`; or `npx playwright install chromium`), or set CHROMIUM_PATH to its executable.',
  );
}

const port = Number(process.env['PREVIEW_PORT'] ?? 4329);
const base = process.env['BASE_PATH'] ?? '/';
/** The built site to serve: `npm test` builds a second one under a base path into its own folder. */
const outDir = process.env['PREVIEW_OUT_DIR'] ?? 'dist';
/** Names this run's report, so a run under a base path does not overwrite the run at `/`. */
const runName = base.replace(/^\/+|\/+$/g, '').replace(/[^\w-]+/g, '-') || 'root';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  reporter: [['list'], ['json', { outputFile: `test-results/e2e-${runName}.json` }]],
  outputDir: `test-results/e2e-${runName}`,
  use: {
    baseURL: `http://localhost:${port}${base.endsWith('/') ? base : `${base}/`}`,
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
  webServer: {
    command: `npx astro preview --port ${port} --outDir ${outDir}`,
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
