import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { articleSchema, type ArticleData } from '@/content/schema';
import type { ArticleText, DataEntry } from '@/reader-aids/reader-aids';
import { readBody } from './read-body';
import { keyDateSchema, nameSchema, type KeyDateData, type NameData } from '@/reader-aids/schema';

/** The site's own content folder, read the way the build reads it, for tests that derive expectations from it. */
export const contentDir = new URL('../../content/', import.meta.url);

export interface ArticleFile {
  id: string;
  data: ArticleData;
  body: string;
}

/** The articles in a folder of MDX files: the site's own (`content/articles/`) unless another is named. */
export function readArticles(folder = new URL('articles/', contentDir)): ArticleFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const source = readFileSync(new URL(name, folder), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
      return { id: name.replace(/\.mdx$/, ''), data: articleSchema.parse(parse(frontmatter)), body };
    });
}

export function readArticleTexts(): ArticleText[] {
  return readArticles().map(({ id, data, body }) => ({ id, sections: readBody(body, data.questions).sections }));
}

function readList<Data>(file: string, parseEntry: (entry: unknown) => Data): DataEntry<Data>[] {
  const entries = parse(readFileSync(new URL(file, contentDir), 'utf8')) as { id: string }[];
  return entries.map((entry) => ({ id: entry.id, data: parseEntry(entry) }));
}

export const readNames = (): DataEntry<NameData>[] => readList('names.yaml', (entry) => nameSchema.parse(entry));
export const readKeyDates = (): DataEntry<KeyDateData>[] => readList('key-dates.yaml', (entry) => keyDateSchema.parse(entry));
