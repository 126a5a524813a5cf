import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { availableParallelism } from 'node:os';
import buildCacheReport from './src/integrations/build-cache';
import pagefindIndex from './src/integrations/pagefind';
import noSiteOnFailure from './src/integrations/no-site-on-failure';
import canonicalSitemap from './src/integrations/sitemap';
import { cardWorkers } from './src/social/card-workers';
import { drawCardsAhead } from './src/social/cards-ahead';
import { referenceWorkers } from './src/citation/reference-workers';
import { formatReferencesAhead } from './src/citation/references-ahead';
import securityHeaders from './src/integrations/security-headers';
import siteChecks from './src/integrations/site-checks/integration';
import { builtSiteReading } from './src/integrations/site-checks/built-site';
import questionSections, { compilerFeatures } from './src/integrations/question-sections';
import htmlValidate from './.htmlvalidate.mjs';

const base = process.env.BASE_PATH || '/';
// Validated and read once, after the build, for every step that looks at the built pages.
const builtSite = builtSiteReading(htmlValidate);

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  // Builds from temporary content (tests, the benchmark) keep their content cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    // Astro's native Markdown compiler (Sätteri): a thousand articles compile and bundle in about
    // half the time the remark/rehype one took.
    processor: satteri({ hastPlugins: [questionSections({ base })], features: compilerFeatures }),
  },
  build: {
    // Pages render several at a time, so that while some wait for their social images (drawn in
    // worker threads, one per core: src/social/card-workers.ts) every worker has a card waiting and
    // the build's own thread renders other pages. Three a core kept both cores busy; two did not.
    concurrency: 3 * availableParallelism(),
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts stay external files, so the policy allows scripts from the site only, none inline.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks each MDX entry's module with its own directive, "use astro:head-inject", which
        // Astro itself reads; the bundler warns once per article that it will not keep it in the
        // bundle, which is harmless (withastro/astro#18087). Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  experimental: {
    // An article's pages and files are made again only when the article (its `cacheKey`,
    // src/content/articles.ts) or the code that makes them has changed since the last build.
    incrementalBuild: true,
  },
  // Last, the steps that run beside the others and are waited for at the end: the search index,
  // built once the pages are written, and the previous site's deletion, which runs from the start.
  integrations: [
    mdx(),
    cardWorkers.integration,
    drawCardsAhead(),
    referenceWorkers.integration,
    formatReferencesAhead(),
    builtSite.integration,
    canonicalSitemap(builtSite),
    securityHeaders(builtSite),
    siteChecks(builtSite),
    buildCacheReport(),
    pagefindIndex(),
    noSiteOnFailure(),
  ],
});
