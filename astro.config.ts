import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { availableParallelism } from 'node:os';
import buildCacheReport from './src/integrations/build-cache';
import pagefindIndex from './src/integrations/pagefind';
import noSiteOnFailure from './src/integrations/no-site-on-failure';
import canonicalSitemap from './src/integrations/sitemap';
import securityHeaders from './src/integrations/security-headers';
import siteChecks from './src/integrations/site-checks/integration';
import rehypeQuestions from './src/integrations/rehype-questions';

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  // Builds from temporary content (tests, the benchmark) keep their content cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    // The licence forbids edits: no smart-quote rewriting of text that is already typeset.
    processor: unified({ rehypePlugins: [[rehypeQuestions, { base }]], smartypants: false }),
  },
  build: {
    // Pages render a few at a time, so one's social image is rasterised off the main thread
    // (resvg, libvips) while another is laid out: every core draws.
    concurrency: availableParallelism(),
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
  // noSiteOnFailure last: when the build is done, it waits for the previous site's deletion, which
  // runs while everything else does.
  integrations: [mdx(), canonicalSitemap(), pagefindIndex(), securityHeaders(), siteChecks(), buildCacheReport(), noSiteOnFailure()],
});
