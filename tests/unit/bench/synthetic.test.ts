import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { syntheticArticle, wordsOf } from '../../../bench/lib/synthetic';
import { articleSchema } from '@/content/schema';
import { questionProblems } from '@/content/body-checks';

const interview = readFileSync(new URL('../../../content/articles/what-is-isis-k.mdx', import.meta.url), 'utf8');
const bank = wordsOf(interview.split('\n---\n')[1]!);

/** The generator writes its frontmatter as JSON, which is also YAML. */
function parse(mdx: string) {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx)!;
  return { data: JSON.parse(frontmatter!) as unknown, body: body! };
}

describe('syntheticArticle', () => {
  const articles = [0, 1, 2, 999].map((index) => syntheticArticle(index, bank));

  test('is the same for the same index, and different for another', () => {
    expect(syntheticArticle(1, bank)).toEqual(articles[1]);
    expect(articles[0]!.mdx).not.toEqual(articles[1]!.mdx);
    expect(new Set(articles.map((article) => article.slug)).size).toBe(articles.length);
  });

  test('passes the schema, with an intro and five questions listed in the order of the body', () => {
    for (const article of articles) {
      const { data: frontmatter, body } = parse(article.mdx);
      const data = articleSchema.parse(frontmatter);
      expect(data.questions).toHaveLength(5);
      const [intro, ...chapters] = body.split(/^## /m);
      expect(intro!.trim().length).toBeGreaterThan(200);
      const sections = chapters.map((chapter) => {
        const [heading, ...answer] = chapter.split('\n');
        return { heading: heading!, answer: answer.join('\n') };
      });
      expect(questionProblems(data.questions, sections)).toEqual([]);
    }
  });

  test('gives the Starlight peer the same title and text as the site', () => {
    for (const article of articles) {
      const { data, body } = parse(article.mdx);
      expect(article.title).toBe((data as { title: string }).title);
      expect(article.body.trim()).toBe(body.trim());
    }
  });

  test('is about as long as a real interview (700 to 2,000 words)', () => {
    for (const article of articles) {
      const words = parse(article.mdx).body.split(/\s+/).length;
      expect(words).toBeGreaterThan(700);
      expect(words).toBeLessThan(2_000);
    }
  });

  test('brings words of its own, so the vocabulary grows with the site', () => {
    const vocabulary = (mdx: string) => new Set(wordsOf(mdx).map((word) => word.toLowerCase()));
    const first = vocabulary(articles[0]!.mdx);
    const own = [...vocabulary(articles[1]!.mdx)].filter((word) => !first.has(word) && !bank.some((b) => b.toLowerCase() === word));
    expect(own.length).toBeGreaterThan(10);
  });

  test('is mostly words of the bank, so queries for common words find it', () => {
    const known = new Set(bank.map((word) => word.toLowerCase()));
    const words = wordsOf(parse(articles[0]!.mdx).body);
    const common = words.filter((word) => known.has(word.toLowerCase()));
    expect(common.length / words.length).toBeGreaterThan(0.8);
  });
});
