import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSchema, type ArticleData } from '@/content/schema';

/** An article's frontmatter as the site validates it: what the built pages must say about it. */
export function articleFrontmatter(slug: string): ArticleData {
  const source = readFileSync(new URL(`../../content/articles/${slug}.mdx`, import.meta.url), 'utf8');
  return articleSchema.parse(parseFrontmatter(source).frontmatter);
}
