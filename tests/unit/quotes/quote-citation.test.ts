import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import type { ArticleData } from '@/content/schema';
import { highwireTags } from '@/citation/highwire';
import { displayDate } from '@/shared/format';
import { quoteWithCitation, scholarDateValue } from '@/quotes/client/quote-citation';

const source = {
  quote: 'IS-K sees the Afghan Taliban as its strategic rivals.',
  authors: ['Ann One', 'Bo Two'],
  title: 'A title',
  publisher: 'The Publisher',
  published: new Date(Date.UTC(2021, 7, 26)),
  url: 'https://site.example/articles/a/#q:~:text=IS%2DK',
};

test('the plain text has the quote in quotation marks, then the authors, title, publisher, date and address', () => {
  const { text } = quoteWithCitation(source);
  const [quoteLine, citationLine] = text.split('\n');
  expect(quoteLine).toBe(`“${source.quote}”`);
  expect(citationLine).toBe(`— Ann One and Bo Two, “A title”, The Publisher, ${displayDate(source.published)}, ${source.url}`);
});

test('the HTML is a block quote and a citation whose address is a link, with everything from the page escaped', () => {
  const hostile = { ...source, quote: '<img src=x onerror=alert(1)> & “more”', title: 'Tom & "Jerry"' };
  const tree = fromHtml(quoteWithCitation(hostile).html, { fragment: true });
  expect(select('img', tree)).toBeUndefined();
  expect(toString(select('blockquote', tree)!)).toBe(hostile.quote);
  const citation = select('blockquote + p', tree)!;
  expect(toString(citation)).toContain('Tom & "Jerry"');
  expect(toString(select('i', citation)!)).toBe(source.publisher);
  expect(select('a', citation)?.properties['href']).toBe(source.url);
});

test('the date read from the page’s citation_publication_date tag is the article’s date', () => {
  const published = new Date('2021-08-26');
  const article = { title: 't', summary: 's', authors: [], published, publisher: { name: 'p', url: 'https://p.example/' }, license: { name: 'l', shortName: 'l', url: 'https://l.example/' }, questions: [] } as unknown as ArticleData;
  const tag = highwireTags(article, { pageUrl: 'https://site.example/', citedUrl: 'https://site.example/', lang: 'en' }).find((meta) => meta.name === 'citation_publication_date')!;
  expect(scholarDateValue(tag.content).getTime()).toBe(published.getTime());
  expect(() => scholarDateValue('26 August 2021')).toThrow(/citation_publication_date/);
});
