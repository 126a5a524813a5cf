import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ConfigData } from 'html-validate';
// Its version names the validations it gave; the validator itself loads only in the workers.
import htmlValidatePackage from 'html-validate/package.json' with { type: 'json' };
import { cached, cacheKey, makeAhead } from '../build-cache';
import { mapInFlight } from '../in-flight';
import { checkPage } from './page-check-pool';
import { installChecksAhead, type ChecksAhead } from './checks-ahead';
import type { PageCheck } from './page-reading';
/** A built page before it is read: where it is, and its HTML. */
export interface PageHtml {
  /** The file inside the built site, e.g. `articles/what-is-isis-k/index.html`. */
  file: string;
  /** The address a reader opens, inside the site and without its base path: `/articles/what-is-isis-k/`. */
  address: string;
  html: string;
}

/** A built page as the checks see it: what it holds, and what html-validate says of it. */
export interface BuiltPage extends PageHtml, PageCheck {}

/** A built site's files, and its pages' HTML as written. */
export interface BuiltHtml {
  /** Every file of the site, as paths inside it (`_astro/x.css`, `search/index.html`). */
  files: Set<string>;
  pages: PageHtml[];
}

export interface BuiltSite {
  files: Set<string>;
  pages: BuiltPage[];
}

/** `index.html` files are served at their folder's address; every other file at its own. */
export function pageAddress(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function builtPage(file: string, html: string, check: PageCheck): BuiltPage {
  return { file, address: pageAddress(file), html, ...check };
}

/**
 * Pages checked at a time: a few for each worker, so none waits for its next page, without opening
 * every page's cache entry at once.
 */
const PAGES_IN_FLIGHT = 16;

/** Pages handed to the checks while the build renders, at most, each waiting with its HTML in memory. */
const PAGES_AHEAD = 64;

const PAGE_CHECKS = 'page checks';

/** Everything that shapes a page's check besides its HTML: the validator, its configuration, and the code that reads the page. */
export const checksKey = (htmlValidate: ConfigData): string =>
  cacheKey([`html-validate ${htmlValidatePackage.version}`, JSON.stringify(htmlValidate), readFileSync(new URL('./page-reading.ts', import.meta.url), 'utf8')]);

/** A built site's files, and the HTML of its pages. */
export function readBuiltHtml(dir: string): BuiltHtml {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/?$/, '/').length))
    .sort();
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ file, address: pageAddress(file), html: readFileSync(join(dir, file), 'utf8') }));
  return { files: new Set(files), pages };
}

/**
 * Checks a built site's pages, so every step after the build looks at what readers get: each page
 * is validated and read in one parse, in worker threads. A page's check is kept under its HTML and
 * `checksKey`, so an unchanged page is not parsed again.
 */
export async function checkBuiltSite({ files, pages }: BuiltHtml, htmlValidate: ConfigData): Promise<BuiltSite> {
  const check = checkAgainst(htmlValidate);
  const checkOne = async (page: PageHtml): Promise<BuiltPage> => {
    const bytes = await cached(PAGE_CHECKS, check.key(page.html), check.make(page.html, page.file));
    return builtPage(page.file, page.html, JSON.parse(Buffer.from(bytes).toString('utf8')) as PageCheck);
  };
  // The longest pages first, so that none is left to check alone at the end while the other workers wait.
  const longestFirst = [...pages].sort((a, b) => b.html.length - a.html.length);
  const checked = new Map((await mapInFlight(longestFirst, PAGES_IN_FLIGHT, checkOne)).map((page) => [page.file, page]));
  return { files, pages: pages.map((page) => checked.get(page.file)!) };
}

/** A page's check under this configuration: its cache key, and how it is made (`file` names the page in the validator). */
function checkAgainst(htmlValidate: ConfigData) {
  const key = checksKey(htmlValidate);
  return {
    key: (html: string) => cacheKey([key, html]),
    make: (html: string, file: string) => async () => Buffer.from(JSON.stringify(await checkPage(htmlValidate, html, file))),
  };
}

/** Checks made while the build renders, for `checkBuiltSite` to find when it asks for them. */
function checksAhead(htmlValidate: ConfigData): ChecksAhead {
  const check = checkAgainst(htmlValidate);
  let waiting = 0;
  return {
    hasRoom: () => waiting < PAGES_AHEAD,
    check: (label, html) => {
      waiting += 1;
      // A check that fails here is made again after the build, which reports the failure.
      makeAhead(PAGE_CHECKS, check.key(html), check.make(html, label))
        .catch(() => {})
        .finally(() => (waiting -= 1));
    },
  };
}

/** The built site, for every step after the build that looks at its pages. */
export interface BuiltSiteReading {
  /** Add to the integrations, before the steps that read the site. */
  integration: AstroIntegration;
  /** The site built in `dir`, its pages checked once a build, from when they are written. */
  site(dir: URL): Promise<BuiltSite>;
}

/**
 * The built site read and checked once a build, however many steps ask for it (the sitemap, the
 * security headers, the checks): at thousands of pages, parsing each again is seconds of every
 * rebuild. Pages are checked as they render (`checks-ahead.ts`), and the rest as soon as they are
 * all written, while the search index is built.
 */
export function builtSiteReading(htmlValidate: ConfigData): BuiltSiteReading {
  let reading: Promise<BuiltSite> | undefined;
  const site = (dir: URL) => (reading ??= checkBuiltSite(readBuiltHtml(fileURLToPath(dir)), htmlValidate));
  return {
    integration: {
      name: 'built-site',
      hooks: {
        'astro:config:setup': ({ command, addMiddleware }) => {
          if (command === 'build') addMiddleware({ order: 'post', entrypoint: new URL('./checks-ahead.ts', import.meta.url) });
        },
        'astro:build:start': () => {
          reading = undefined;
          installChecksAhead(checksAhead(htmlValidate));
        },
        'astro:build:generated': ({ dir }) => {
          installChecksAhead(undefined);
          // A failure is reported to the steps that ask for the site, not as an unhandled rejection before.
          site(dir).catch(() => {});
        },
      },
    },
    site,
  };
}
