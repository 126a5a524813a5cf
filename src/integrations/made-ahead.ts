import type { AstroIntegration } from 'astro';
import { loadedArticles, type LoadedArticle } from '@/content/loaded-articles';

/** Where the site is published, as the pages' `import.meta.env.SITE` and `BASE_URL` give it. */
export interface SiteAddress {
  site: URL;
  base: string;
}

/**
 * Starts a build step's work for every article the content layer just parsed, as the build
 * starts: Astro then spends a cold build's first seconds bundling the pages (13 s at N = 1,000),
 * leaving a core idle a third of that time, and renders the share pages before the pages and
 * files that wait for the work. `start` hands the work to the build's workers and returns; the
 * routes find it done, or being done (`makeAhead`, `build-cache.ts`). Add it after the
 * integration that starts those workers. A site without a `site` address makes nothing ahead: its
 * pages' addresses, which references give, are not known before they render.
 */
export function madeAhead(name: string, start: (article: LoadedArticle, address: SiteAddress) => void): AstroIntegration {
  let address: SiteAddress | undefined;
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) address = { site: new URL(config.site), base: config.base };
      },
      'astro:build:start': () => {
        if (!address) return;
        for (const article of loadedArticles()) start(article, address);
      },
    },
  };
}
