import { existsSync } from 'node:fs';

/**
 * The Chromium every browser run here drives (the browser tests, the engines' journeys, the
 * screenshots, the bench): `CHROMIUM_PATH` when set; else Chromium's headless shell, the build
 * Playwright itself runs headless tests in, which lacks the full browser's window machinery and
 * opens a page in about a third of the time on a two-core machine; else the full browser.
 * Undefined when none is installed.
 */
const CHROMIUM_EXECUTABLES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] as const;

export function chromiumExecutable(): string | undefined {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen) return chosen;
  return CHROMIUM_EXECUTABLES.find((path) => existsSync(path));
}

/** What to run when no Chromium is found. */
export const INSTALL_CHROMIUM = 'Debian: `apt-get install chromium-headless-shell` (or `chromium`); elsewhere `npx playwright install chromium`; or set CHROMIUM_PATH to its executable';
