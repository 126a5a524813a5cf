import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFrontmatter } from '@/content/frontmatter';
import { articleSchema, type ArticleData } from '@/content/schema';

/** An article's frontmatter read and validated as the site does it: what the built pages must say about it. */
export function articleFrontmatter(slug: string): ArticleData {
  const file = new URL(`../../content/articles/${slug}.mdx`, import.meta.url);
  return articleSchema.parse(readFrontmatter(fileURLToPath(file), readFileSync(file, 'utf8')));
}
