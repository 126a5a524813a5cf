import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
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
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files, so the policy allows scripts from the site only, none inline.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [mdx(), sitemap(), pagefindIndex(), securityHeaders(), siteChecks()],
});
