import { expect, test } from 'vitest';
import type { ArticleData } from '@/content/schema';
import { highwireTags } from '@/citation/highwire';
import { articleStructuredData, scriptJson } from '@/citation/structured-data';

const article: ArticleData = {
  title: 'A title',
  summary: 'A summary written by the site, long enough to say what the article is about.',
  authors: [
    { name: 'Ann One', affiliation: 'First University' },
    { name: 'Bo Two', affiliation: 'Second Institute' },
    { name: 'Cy Three', affiliation: 'Third College' },
  ],
  published: new Date('2021-08-26'),
  publisher: { name: 'The Publisher', url: 'https://publisher.example/' },
  license: { name: 'Licence', shortName: 'L', url: 'https://licence.example/' },
  questions: [{ anchor: 'first', text: 'First?' }],
};
const pageUrl = 'https://site.example/articles/a/';

test('Highwire tags pair each author with the institution that follows, in order', () => {
  const tags = highwireTags(article, { pageUrl, citedUrl: pageUrl, lang: 'en' }).filter((tag) => tag.name.startsWith('citation_author'));
  expect(tags.map((tag) => tag.content)).toEqual(['Ann One', 'First University', 'Bo Two', 'Second Institute', 'Cy Three', 'Third College']);
  expect(tags.map((tag) => tag.name)).toEqual(Array(3).fill(['citation_author', 'citation_author_institution']).flat());
});

test('Highwire dates are year/month/day, as Google Scholar asks', () => {
  const tags = highwireTags(article, { pageUrl, citedUrl: pageUrl, lang: 'en' });
  expect(tags.find((tag) => tag.name === 'citation_publication_date')?.content).toBe('2021/08/26');
});

test('the public address is the one the references cite, the full text is this page', () => {
  const original = 'https://publisher.example/a-title-123';
  const tags = highwireTags(article, { pageUrl, citedUrl: original, lang: 'en' });
  expect(tags.find((tag) => tag.name === 'citation_public_url')?.content).toBe(original);
  expect(tags.find((tag) => tag.name === 'citation_fulltext_html_url')?.content).toBe(pageUrl);
});

test('JSON-LD points at the original when its address is known, and at nothing made up otherwise', () => {
  const original = 'https://publisher.example/a-title-123';
  expect(articleStructuredData({ ...article, originalUrl: original }, { pageUrl, lang: 'en' }).isBasedOn).toHaveProperty('url', original);
  expect(articleStructuredData(article, { pageUrl, lang: 'en' }).isBasedOn).not.toHaveProperty('url');
});

test('JSON for a script element cannot end the element early', () => {
  const json = scriptJson({ title: 'A </script><script>alert(1)</script>' });
  expect(json).not.toContain('</script');
  expect(JSON.parse(json)).toEqual({ title: 'A </script><script>alert(1)</script>' });
});
