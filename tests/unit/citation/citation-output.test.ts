import { expect, test } from 'vitest';
import { citationItem } from '@/citation/citation';
import { citationFileKey } from '@/citation/citation-file';
import type { ArticleData } from '@/content/schema';

const article = {
  title: 'A title',
  authors: [{ name: 'Ada Lovelace', affiliation: 'Somewhere' }],
  published: new Date(Date.UTC(2021, 7, 26)),
  publisher: { name: 'The Publisher', url: 'https://example.org/' },
  license: { name: 'Licence', shortName: 'L', url: 'https://example.org/licence' },
} as unknown as ArticleData;
const item = citationItem(article, 'an-article', 'https://example.org/articles/an-article/');

test('a citation file keeps its key, and a new format, text or address gives a new one', () => {
  const key = citationFileKey(item, 'bib');
  expect(citationFileKey({ ...item }, 'bib')).toBe(key);
  expect(citationFileKey(item, 'ris')).not.toBe(key);
  expect(citationFileKey({ ...item, title: 'Another title' }, 'bib')).not.toBe(key);
  expect(citationFileKey({ ...item, URL: 'https://example.org/elsewhere/' }, 'bib')).not.toBe(key);
});
