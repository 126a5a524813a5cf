import { defineCollection } from 'astro:content';
import { articleLoader } from '@/content/article-loader';
import { articleSchema } from '@/content/schema';
import { contentDir, dataFiles } from '@/content/content-dir';
import { keyDateSchema, nameSchema } from '@/reader-aids/schema';
import { yamlListLoader } from '@/content/yaml-list-loader';

const articles = defineCollection({
  loader: articleLoader(`${contentDir}/articles`),
  schema: articleSchema,
});

/** The names the index and each article's panel list; a content folder without the file has no index. */
const names = defineCollection({ loader: yamlListLoader(dataFiles.names), schema: nameSchema });

/** The dates each article's timeline lists; optional like the names. */
const keyDates = defineCollection({ loader: yamlListLoader(dataFiles.keyDates), schema: keyDateSchema });

export const collections = { articles, names, keyDates };
