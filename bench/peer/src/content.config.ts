import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Starlight's own docsLoader() reads src/content/docs/ only; the same glob, pointed at the bench's folder.
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: process.env.BENCH_CONTENT_DIR ?? 'src/content/docs' }), schema: docsSchema() }),
};
