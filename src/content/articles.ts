import { existsSync, readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { cacheKey } from '@/integrations/build-cache';
import { articlePath, articleUrl, joinBase } from '@/shared/paths';
import { dataFiles } from './content-dir';
import { refuseProblems } from './problems';
import type { BodyReading, Section } from './reading';
import type { ArticleData, Question } from './schema';

/** A question of an article with its answer, as the body gives it. */
export interface QuestionReading extends Question {
  /** 1 for the first question. */
  number: number;
  /** The answer as plain text, paragraphs separated by blank lines. */
  answer: string;
}

/**
 * An article as every page takes it: its frontmatter, its addresses, its body read once (see
 * `reading.ts`) and the component that renders it.
 */
export interface Article {
  id: string;
  data: ArticleData;
  /** The article's page below the base path, for links inside the site. */
  href: string;
  /** The article's page as an absolute address, for what leaves the site (references, feeds, metadata). */
  url: string;
  /** The intro first, then each question with its answer, as plain text: what names are found in and words are indexed from. */
  sections: readonly Section[];
  questions: readonly QuestionReading[];
  words: number;
  readingMinutes: number;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /**
   * What the article's pages and files are made from besides the site's code: its file, and the
   * names and key dates its text is read against. Every route of an article gives it to Astro,
   * whose incremental build (`experimental.incrementalBuild`) reuses the page it made last time
   * while this and the page's code (which Astro hashes itself) are unchanged.
   */
  cacheKey: string;
}

/** The data files as they are now: a change to either makes every article's pages again. */
const dataFilesBytes = () => Object.values(dataFiles).map((file) => (existsSync(file) ? readFileSync(file) : ''));

async function read(entry: CollectionEntry<'articles'>, dataFiles: readonly (string | Uint8Array)[]): Promise<Article> {
  const filePath = entry.filePath ?? `articles/${entry.id}.mdx`;
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const reading = (remarkPluginFrontmatter as { reading?: BodyReading }).reading;
  if (!reading) refuseProblems(filePath, [{ message: 'the body could not be read: it has no "## " question headings' }]);
  const { sections, words, readingMinutes } = reading!;
  const questions = entry.data.questions.map((question, index) => ({
    ...question,
    number: index + 1,
    answer: sections.find((section) => section.anchor === question.anchor)?.answer ?? '',
  }));
  const href = joinBase(import.meta.env.BASE_URL, articlePath(entry.id));
  const url = articleUrl(new URL(import.meta.env.SITE), import.meta.env.BASE_URL, entry.id);
  const key = cacheKey([String(entry.digest), entry.body ?? '', JSON.stringify(entry.data), ...dataFiles]);
  return { id: entry.id, data: entry.data, href, url, sections, questions, words, readingMinutes, Content, cacheKey: key };
}

const newestFirst = (a: Article, b: Article) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);

/**
 * Reads a value once per build and hands the same one to every page. The dev server re-reads
 * on every request instead, so an edited article shows at once.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (value ??= load()));
}

/** Every article, newest first: the one list that pages, feeds, share pages, images and search take. */
export const getArticles = oncePerBuild(async () => {
  const dataFiles = dataFilesBytes();
  return (await Promise.all((await getCollection('articles')).map((entry) => read(entry, dataFiles)))).sort(newestFirst);
});
