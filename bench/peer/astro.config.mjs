// A default Starlight site, with nothing added but where its content and output live: the bench
// writes the same interviews the site builds into a temporary folder (BENCH_CONTENT_DIR).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [starlight({ title: 'Research Explainers (Starlight peer)' })],
});
