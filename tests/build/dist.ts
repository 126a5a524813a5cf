import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readArticles, type ArticleFile } from '../support/content';
import { FIXTURE_ARTICLES_DIR } from '../support/fixture-site';

/** A site as `npm test` builds it (tests/run-all.ts), which the build-output tests read. */
export interface BuiltSite {
  /** Its folder, as the tests name it. */
  name: string;
  dir: URL;
  /** The path it lives under: `/`, or `/isk/`. */
  base: string;
  /** The origin its absolute addresses (canonical, feeds, previews) are on. */
  origin: string;
  /** The articles it was built from, as their files have them. */
  articles: ArticleFile[];
  /** A page or file of it, by its path inside the folder: `articles/what-is-isis-k/index.html`. */
  read(path: string): string;
  /** A built page, parsed; what a `<template>` holds is read as its children, for the tests to see. */
  page(path: string): { html: string; tree: Root };
  /** The absolute address of a path inside the site, as its pages give it: `https://example.org/isk/search/`. */
  url(path: string): string;
  /** Every HTML file, as paths inside the folder. */
  htmlFiles(): string[];
}

/** The page's script waits in a template until the page has painted (`src/layouts/client/inline-script.ts`). */
function withTemplatesOpen<T extends Root | Element>(node: T): T {
  if (node.type === 'element' && node.tagName === 'template' && node.content) node.children = node.content.children as ElementContent[];
  for (const child of node.children) if (child.type === 'element') withTemplatesOpen(child);
  return node;
}

function builtSite(name: string, base: string, origin: string, articles: ArticleFile[]): BuiltSite {
  const dir = new URL(`../../${name}/`, import.meta.url);
  const read = (path: string) => {
    const file = new URL(path, dir);
    if (!existsSync(file)) throw new Error(`${name}/${path} is missing: run \`npm test\` (or \`npm run build\` for dist/) before the build tests`);
    return readFileSync(file, 'utf8');
  };
  return {
    name,
    dir,
    base,
    origin,
    articles,
    read,
    page: (path) => {
      const html = read(path);
      return { html, tree: withTemplatesOpen(fromHtml(html)) };
    },
    url: (path) => `${origin}${base}${path}`,
    htmlFiles: () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')),
  };
}

/**
 * `dist/`: the site from `content/` at `/`, on SITE_URL (or the contract's default); and
 * `dist-isk/`: the same content with the fictional test interviews of `tests/fixtures/articles/`
 * beside it, under a base path and for another origin.
 */
export const sites: readonly BuiltSite[] = [
  builtSite('dist', '/', (process.env['SITE_URL'] || 'http://localhost:4321').replace(/\/$/, ''), readArticles()),
  builtSite('dist-isk', '/isk/', 'https://example.org', [...readArticles(), ...readArticles(FIXTURE_ARTICLES_DIR)]),
];

/** `dist/`, the site the tests that are about one built site read. */
export const [dist] = sites as [BuiltSite, BuiltSite];
export const distDir = dist.dir;

/** A page of `dist/`, parsed; fails plainly when the site has not been built. */
export const builtPage = (path: string) => dist.page(path);

/** Whether a built page is a question's share page (`articles/<id>/q/<anchor>/index.html`), which runs no script. */
export const isSharePage = (path: string) => /^articles\/[^/]+\/q\/[^/]+\/index\.html$/.test(path.split('\\').join('/'));
