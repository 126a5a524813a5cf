import { readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';

/** A style or script element: raw text up to its end tag, in which no element can start. */
const RAW_TEXT_ELEMENT = /<(style|script)\b[\s\S]*?<\/\1[\s/>]/gi;

/**
 * The canonical address a built page names, or undefined when it has none. Only the head can name
 * one, so only the head is parsed, without its inline styles (most of its bytes): the sitemap
 * reads every page of the site.
 */
export function canonicalOf(html: string): string | undefined {
  const headEnd = html.search(/<\/head\s*>/i);
  const head = (headEnd === -1 ? html : html.slice(0, headEnd)).replace(RAW_TEXT_ELEMENT, '');
  const href = select('head link[rel~="canonical"]', fromHtml(head))?.properties['href'];
  return href === undefined ? undefined : String(href);
}

/**
 * The sitemap, listing only pages that are their own canonical page: a question's share page and
 * an article's former address name the article as canonical, and a sitemap that lists them too
 * tells crawlers two different things. Each page's built file is read for the canonical it names,
 * so the sitemap and the pages cannot disagree. (The sitemap leaves out the 404 page itself.)
 */
export default function canonicalSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  let base = '/';
  const builtFile = (page: string) => {
    const path = decodeURIComponent(new URL(page).pathname).slice(base.length);
    return new URL(path === '' || path.endsWith('/') ? `${path}index.html` : path, outDir);
  };
  return [
    {
      name: 'canonical-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = config.base.replace(/\/?$/, '/');
        },
        // Before the sitemap's own hook, which asks `filter` of each page.
        'astro:build:done': ({ dir }) => {
          outDir = dir;
        },
      },
    },
    sitemap({
      filter: (page) => canonicalOf(readFileSync(builtFile(page), 'utf8')) === page,
    }),
  ];
}
