import { getCollection } from 'astro:content';
import { articleSections } from '@/content/article-sections';
import { keyDateProblems, nameProblems, type ArticleText } from './reader-aids';

/** Refuses data with problems, naming the file and each entry, so the build stops instead of hiding an entry. */
function refuse(filePath: string | undefined, problems: string[]): void {
  if (problems.length > 0) throw new Error(`${filePath ?? 'content'}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

/**
 * The one bridge between the collections and the reader's aids: every article as plain-text
 * sections, the names and the key dates, checked against the text.
 */
export async function loadReaderAids() {
  const [articles, names, keyDates] = await Promise.all([
    getCollection('articles'),
    getCollection('names'),
    getCollection('keyDates'),
  ]);
  const texts: ArticleText[] = articles.map((entry) => ({
    id: entry.id,
    sections: articleSections(entry.body ?? '', entry.data.questions),
  }));
  refuse(names[0]?.filePath, nameProblems(texts, names));
  refuse(keyDates[0]?.filePath, keyDateProblems(texts, keyDates));
  return { articles, texts, names, keyDates };
}
