import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';

/** Tests and the benchmark build from a temporary content folder; the site's own is the default. */
const contentDir = process.env['CONTENT_DIR'] || './content';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };
