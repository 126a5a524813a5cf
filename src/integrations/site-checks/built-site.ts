import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface BuiltPage {
  /** The file inside the built site, e.g. `articles/what-is-isis-k/index.html`. */
  file: string;
  /** The address a reader opens, inside the site and without its base path: `/articles/what-is-isis-k/`. */
  address: string;
  html: string;
  tree: Root;
}

export interface BuiltSite {
  /** Every file of the site, as paths inside it (`_astro/x.css`, `search/index.html`). */
  files: Set<string>;
  pages: BuiltPage[];
}

/** `index.html` files are served at their folder's address; every other file at its own. */
export function pageAddress(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function builtPage(file: string, html: string): BuiltPage {
  return { file, address: pageAddress(file), html, tree: fromHtml(html) };
}

/** Reads a built site's files and parses its pages, so every check looks at what readers get. */
export function readBuiltSite(dir: string): BuiltSite {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.replace(/\/?$/, '/').length))
    .sort();
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => builtPage(file, readFileSync(join(dir, file), 'utf8')));
  return { files: new Set(files), pages };
}
