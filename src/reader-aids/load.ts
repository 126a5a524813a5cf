import { getCollection } from 'astro:content';
import { getArticles, oncePerBuild } from '@/content/articles';
import { hasDataFile } from '@/content/content-dir';
import { refuseProblems } from '@/content/problems';
import { keyDateProblems, keyDatesInArticle, nameProblems, namesInArticle } from './reader-aids';

const asProblems = (messages: string[]) => messages.map((message) => ({ message }));

/**
 * A collection whose file the content folder may not have. Without the file the collection has no
 * entries, and Astro warns of any collection asked for with none ("does not exist or is empty"):
 * so one that cannot be there is not asked for.
 */
const optionalCollection = async <Name extends 'names' | 'keyDates'>(name: Name) => (hasDataFile(name) ? getCollection(name) : []);

/**
 * The one bridge between the collections and the reader's aids: the names and the key dates,
 * checked once against every article's text, and each article's own aids, found once.
 */
export const getReaderAids = oncePerBuild(async () => {
  const [articles, names, keyDates] = await Promise.all([getArticles(), optionalCollection('names'), optionalCollection('keyDates')]);
  if (names[0]) refuseProblems(names[0].filePath ?? 'names.yaml', asProblems(nameProblems(articles, names)));
  if (keyDates[0]) refuseProblems(keyDates[0].filePath ?? 'key-dates.yaml', asProblems(keyDateProblems(articles, keyDates)));
  const aids = new Map(
    articles.map((article) => [article.id, { names: namesInArticle(article.sections, names), keyDates: keyDatesInArticle(article, keyDates) }]),
  );
  return { names, keyDates, of: (articleId: string) => aids.get(articleId)! };
});
