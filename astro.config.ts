import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { availableParallelism } from 'node:os';
import buildCacheReport from './src/integrations/build-cache';
import pagefindIndex from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';
import siteChecks from './src/integrations/site-checks/integration';
import rehypeQuestions from './src/integrations/rehype-questions';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  // Builds from temporary content (tests, the benchmark) keep their content cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    // The licence forbids edits: no smart-quote rewriting of text that is already typeset.
    processor: unified({ rehypePlugins: [rehypeQuestions], smartypants: false }),
  },
  build: {
    // External files keep every page free of inline styles, so a strict CSP stays possible.
    inlineStylesheets: 'never',
    // Pages render a few at a time, so one's social image is rasterised off the main thread
    // (resvg, libvips) while another is laid out: every core draws.
    concurrency: availableParallelism(),
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files for the same reason.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [mdx(), sitemap(), pagefindIndex(), securityHeaders(), siteChecks(), buildCacheReport()],
});
