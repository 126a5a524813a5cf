import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';
import { contentDir } from './lib/content-dir';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };
