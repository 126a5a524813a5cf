/**
 * `npm run screenshots -- --out <dir> [--site dist] [--base /] [--compare <dir>]`: full-page screenshots of
 * every kind of page of a built site, at a phone's and a desktop's width, light and dark, the article on
 * paper, and the two states scripts draw (search results, the names panel open). With `--compare`, lists
 * every screenshot that differs from the same one in another folder, and fails if any does: the check
 * that a change meant to move nothing (a CSS reorganisation, a dependency update) moved nothing.
 * Not part of `npm test`: the screenshots are only comparable between runs of the same Chromium.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serveStatic } from '../../bench/lib/static-server.ts';
import { ARTICLE_PATH } from '../contract.ts';
import { chromiumExecutable } from '../support/chromium.ts';

interface Shot {
  name: string;
  path: string;
  print?: boolean;
  /** Brings the page to the state to capture, after it has loaded. */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: readonly Shot[] = [
  { name: 'home', path: '' },
  { name: 'article', path: ARTICLE_PATH },
  { name: 'question-share', path: `${ARTICLE_PATH}q/background/` },
  { name: 'names', path: 'names/' },
  { name: 'search', path: 'search/' },
  { name: '404', path: '404.html' },
  { name: 'article-print', path: ARTICLE_PATH, print: true },
  {
    name: 'search-results',
    path: 'search/?q=Nangarhar',
    prepare: async (page) => {
      await page.locator('.search-results li').first().waitFor();
    },
  },
  {
    name: 'article-names-open',
    path: ARTICLE_PATH,
    prepare: async (page) => {
      await page.locator('details.names-panel').evaluate((details) => {
        (details as HTMLDetailsElement).open = true;
      });
    },
  },
];
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    out: { type: 'string' },
    compare: { type: 'string' },
  },
});
if (!values.out) {
  console.error('usage: node tests/visual/screenshots.ts --out <dir> [--site dist] [--base /] [--compare <dir>]');
  process.exit(2);
}
const outDir = resolve(values.out);

function launch(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    // Off the network, as in the browser tests: the site must need nothing beyond its own origin.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

interface Take {
  file: string;
  width: (typeof WIDTHS)[number];
  colorScheme: (typeof SCHEMES)[number];
  shot: Shot;
}

const TAKES: readonly Take[] = WIDTHS.flatMap((width) =>
  SCHEMES.flatMap((colorScheme) => SHOTS.map((shot) => ({ file: `${shot.name}--${width}-${colorScheme}.png`, width, colorScheme, shot }))),
);

/** A page's screenshot once two in a row agree, so that nothing still settling is caught half-way. */
async function capture(page: Page, take: Take, siteUrl: string): Promise<Buffer> {
  await page.emulateMedia({ media: take.shot.print ? 'print' : 'screen' });
  await page.goto(new URL(take.shot.path, siteUrl).href, { waitUntil: 'load' });
  await take.shot.prepare?.(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const options = { fullPage: true, animations: 'disabled', caret: 'hide' } as const;
  let previous = await page.screenshot(options);
  for (let attempt = 0; attempt < 5; attempt++) {
    const next = await page.screenshot(options);
    if (next.equals(previous)) break;
    previous = next;
  }
  return previous;
}

async function withPage<T>(browser: Browser, take: Take, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({
    viewport: { width: take.width, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: take.colorScheme,
    reducedMotion: 'reduce',
  });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

async function takeScreenshots(browser: Browser, siteUrl: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const take of TAKES) {
    await withPage(browser, take, async (page) => writeFile(join(outDir, take.file), await capture(page, take, siteUrl)));
    console.log(`  ${take.file}`);
  }
}

/** How many pixels differ, decoded by Chromium itself; `undefined` when the sizes differ. */
async function differingPixels(page: Page, before: Buffer, after: Buffer): Promise<{ pixels: number | undefined; size: string }> {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), {
          colorSpaceConversion: 'none',
          premultiplyAlpha: 'none',
        });
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const [first, second] = [await decode(a), await decode(b)];
      const size = `${first.width}×${first.height} → ${second.width}×${second.height}`;
      if (first.width !== second.width || first.height !== second.height) return { pixels: undefined, size };
      let pixels = 0;
      for (let i = 0; i < first.data.length; i += 4) {
        if (
          first.data[i] !== second.data[i] ||
          first.data[i + 1] !== second.data[i + 1] ||
          first.data[i + 2] !== second.data[i + 2] ||
          first.data[i + 3] !== second.data[i + 3]
        )
          pixels++;
      }
      return { pixels, size };
    },
    [before.toString('base64'), after.toString('base64')] as const,
  );
}

/**
 * Under load, Chromium now and then rasterises an edge a shade apart between two runs of the same page; a
 * screenshot that differs is taken again (twice at most) before it counts as a difference.
 */
async function compare(browser: Browser, siteUrl: string, otherDir: string): Promise<number> {
  const others = new Set((await readdir(otherDir)).filter((file) => file.endsWith('.png')));
  const page = await browser.newPage();
  const differences: string[] = [];
  let identical = 0;
  let retaken = 0;
  for (const take of TAKES) {
    if (!others.delete(take.file)) {
      differences.push(`${take.file}: not in ${otherDir}`);
      continue;
    }
    const before = await readFile(join(otherDir, take.file));
    let difference: string | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const after = attempt === 0 ? await readFile(join(outDir, take.file)) : await withPage(browser, take, (retake) => capture(retake, take, siteUrl));
      difference = await differenceBetween(page, before, after);
      if (difference === undefined) {
        if (attempt > 0) {
          retaken++;
          await writeFile(join(outDir, take.file), after);
        }
        break;
      }
    }
    if (difference === undefined) identical++;
    else differences.push(`${take.file}: ${difference}`);
  }
  for (const file of others) differences.push(`${file}: only in ${otherDir}`);
  await page.close();
  console.log(`\nCompared ${TAKES.length} screenshots with ${otherDir}: ${identical} identical${retaken ? ` (${retaken} of them when taken again)` : ''}.`);
  for (const difference of differences) console.log(`  differs: ${difference}`);
  return differences.length;
}

/** `undefined` when the two screenshots have the same pixels. */
async function differenceBetween(page: Page, before: Buffer, after: Buffer): Promise<string | undefined> {
  // Files from the same Chromium with the same pixels are the same bytes; decode only when they are not.
  if (before.equals(after)) return undefined;
  const { pixels, size } = await differingPixels(page, before, after);
  if (pixels === 0) return undefined;
  return pixels === undefined ? `size ${size}` : `${pixels} pixels differ`;
}

const site = await serveStatic(resolve(values.site), 0, values.base);
const browser = await launch();
let differences = 0;
try {
  console.log(`Screenshots of ${values.site} (${site.url}) into ${outDir}:`);
  await takeScreenshots(browser, site.url);
  if (values.compare) differences = await compare(browser, site.url, resolve(values.compare));
} finally {
  await browser.close();
  await site.close();
}
process.exit(differences > 0 ? 1 : 0);
