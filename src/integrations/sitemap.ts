import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { BuiltSiteReading } from './site-checks/built-site';

/**
 * The sitemap, listing only pages that are their own canonical page: a question's share page and
 * an article's former address name the article as canonical, and a sitemap that lists them too
 * tells crawlers two different things. The canonical each page names is read from its built file
 * (with the rest of the built site, once), so the sitemap and the pages cannot disagree. (The
 * sitemap leaves out the 404 page itself.)
 */
export default function canonicalSitemap(builtSite: BuiltSiteReading): AstroIntegration[] {
  let base = '/';
  let canonicalOf = new Map<string, string | undefined>();
  /** A page's address inside the site, as the built site names it (`/articles/what-is-isis-k/`). */
  const addressOf = (page: string) => `/${decodeURIComponent(new URL(page).pathname).slice(base.length)}`;
  return [
    {
      name: 'canonical-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = config.base.replace(/\/?$/, '/');
        },
        // Before the sitemap's own hook, which asks `filter` of each page.
        'astro:build:done': async ({ dir }) => {
          canonicalOf = new Map((await builtSite.site(dir)).pages.map((page) => [page.address, page.reading.canonical]));
        },
      },
    },
    sitemap({
      filter: (page) => canonicalOf.get(addressOf(page)) === page,
    }),
  ];
}
