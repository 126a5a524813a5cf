import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PATH } from '../contract';
import { articleFrontmatter } from './content';
import { builtPage } from './dist';

const article = articleFrontmatter('what-is-isis-k');
const { tree } = builtPage(`${ARTICLE_PATH}index.html`);
const pageUrl = String(select('link[rel="canonical"]', tree)?.properties['href']);

function metaValues(name: string): string[] {
  return selectAll(`head meta[name="${name}"]`, tree).map((meta) => String(meta.properties['content']));
}

describe('Highwire Press tags (Google Scholar, Zotero)', () => {
  test.each([
    ['citation_title', [article.title]],
    ['citation_publication_date', [article.published.toISOString().slice(0, 10).replaceAll('-', '/')]],
    ['citation_journal_title', [article.publisher.name]],
    ['citation_language', ['en']],
    ['citation_abstract', [article.summary]],
    ['citation_fulltext_html_url', [pageUrl]],
    ['citation_public_url', [article.originalUrl ?? pageUrl]],
    ['DC.rights', [article.license.url]],
  ])('%s', (name, expected) => {
    expect(metaValues(name)).toEqual(expected);
  });

  test('each author is followed by their own institution', () => {
    const tags = selectAll('head meta[name^="citation_author"]', tree).map((meta) => [meta.properties['name'], meta.properties['content']]);
    expect(tags).toEqual(
      article.authors.flatMap((author) => [
        ['citation_author', author.name],
        ['citation_author_institution', author.affiliation],
      ]),
    );
  });
});

describe('JSON-LD', () => {
  const scripts = selectAll('script[type="application/ld+json"]', tree);
  const data = JSON.parse(toString(scripts[0] as Element));
  const publisher = { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url };
  const authors = article.authors.map((author) => ({
    '@type': 'Person',
    name: author.name,
    affiliation: { '@type': 'Organization', name: author.affiliation },
  }));
  const datePublished = article.published.toISOString().slice(0, 10);

  test('is one schema.org Article for this page', () => {
    expect(scripts).toHaveLength(1);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Article');
    expect(data.url).toBe(pageUrl);
  });

  test('names the work, its authors with their affiliations, publisher, date, licence and language', () => {
    expect(data).toMatchObject({
      headline: article.title,
      abstract: article.summary,
      author: authors,
      publisher,
      datePublished,
      license: article.license.url,
      inLanguage: 'en',
    });
  });

  test('is based on the original as first published', () => {
    expect(data.isBasedOn).toEqual({
      '@type': 'Article',
      headline: article.title,
      author: authors,
      publisher,
      datePublished,
      ...(article.originalUrl ? { url: article.originalUrl } : {}),
    });
  });

  test('has each question as a part, at its permanent anchor', () => {
    expect(data.hasPart).toEqual(
      article.questions.map((question) => ({ '@type': 'WebPageElement', name: question.text, url: `${pageUrl}#${question.anchor}` })),
    );
  });
});
