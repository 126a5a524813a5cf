import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind';
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
    // External files keep every page free of inline styles, so a strict CSP stays possible.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files for the same reason.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [mdx(), sitemap(), pagefindIndex(), securityHeaders(), siteChecks()],
});
