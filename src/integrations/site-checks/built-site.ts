import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cached, cacheKey } from '../build-cache';
import { mapInFlight } from '../in-flight';
import { readingKey, readPage, type PageReading } from './page-reading';

/** A built page before it is read: where it is, and its HTML. */
export interface PageHtml {
  /** The file inside the built site, e.g. `articles/what-is-isis-k/index.html`. */
  file: string;
  /** The address a reader opens, inside the site and without its base path: `/articles/what-is-isis-k/`. */
  address: string;
  html: string;
}

export interface BuiltPage extends PageHtml {
  reading: PageReading;
}

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

export function builtPage(file: string, html: string, reading: PageReading = readPage(html)): BuiltPage {
  return { file, address: pageAddress(file), html, reading };
}

/** Pages read at a time: enough to keep the disk and the cache busy, few enough to leave files to open. */
const PAGES_IN_FLIGHT = 64;

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
 * Reads a built site's pages, so every check looks at what readers get. A page's reading is kept
 * under its HTML and `readingKey` (`page-reading.ts`), so an unchanged page is not parsed again.
 */
export async function readBuiltSite({ files, pages }: BuiltHtml, readingKey: string): Promise<BuiltSite> {
  const read = async (page: PageHtml): Promise<BuiltPage> => {
    const bytes = await cached('page readings', cacheKey([readingKey, page.html]), async () => Buffer.from(JSON.stringify(readPage(page.html))));
    return { ...page, reading: JSON.parse(Buffer.from(bytes).toString('utf8')) as PageReading };
  };
  return { files, pages: await mapInFlight(pages, PAGES_IN_FLIGHT, read) };
}

/** The built site, for every step after the build that looks at its pages. */
export interface BuiltSiteReading {
  /** Add to the integrations, before the steps that read the site. */
  integration: AstroIntegration;
  /**
   * The files and the pages' HTML of the site built in `dir`, read the first time a step asks
   * during a build: a step that needs only the HTML can start on it while the pages are read.
   */
  html(dir: URL): BuiltHtml;
  /** The site built in `dir`, its pages read the first time a step asks during a build. */
  site(dir: URL): Promise<BuiltSite>;
}

/**
 * The built site read once a build, however many steps ask for it (the sitemap, the security
 * headers, the checks): at thousands of pages, reading and parsing each again is seconds of every
 * rebuild.
 */
export function builtSiteReading(): BuiltSiteReading {
  let key = '';
  let html: BuiltHtml | undefined;
  let reading: Promise<BuiltSite> | undefined;
  const htmlOf = (dir: URL) => (html ??= readBuiltHtml(fileURLToPath(dir)));
  return {
    integration: {
      name: 'built-site',
      hooks: {
        'astro:config:done': ({ config }) => {
          const lock = new URL('package-lock.json', config.root);
          key = readingKey(existsSync(lock) ? readFileSync(lock, 'utf8') : '');
        },
        'astro:build:start': () => {
          html = undefined;
          reading = undefined;
        },
      },
    },
    html: htmlOf,
    site: (dir) => (reading ??= readBuiltSite(htmlOf(dir), key)),
  };
}
