import type { ArticleData } from '@/content/schema';

/**
 * How the site cites an article. The work cited is the article as first published (its authors,
 * its date, its publisher); the address is the original's when we know it, and otherwise this
 * site's republication, which carries the same text word for word under the licence.
 */

/** A reference style offered to readers; `template` and `lang` are what Citation.js needs. */
export interface CitationStyle {
  id: 'apa' | 'mla' | 'chicago' | 'harvard';
  label: string;
  template: string;
  lang: string;
}

export const citationStyles: readonly CitationStyle[] = [
  { id: 'apa', label: 'APA (7th edition)', template: 'apa', lang: 'en-US' },
  { id: 'mla', label: 'MLA (9th edition)', template: 'modern-language-association', lang: 'en-US' },
  { id: 'chicago', label: 'Chicago (17th edition, author-date)', template: 'chicago-author-date', lang: 'en-US' },
  // Citation.js ships Cite Them Right under the old name `harvard1`; that guide is British.
  { id: 'harvard', label: 'Harvard (Cite Them Right)', template: 'harvard1', lang: 'en-GB' },
];

/** The address a reference gives: the original's when we know it, this site's page otherwise. */
export function citedUrl(article: ArticleData, pageUrl: string): string {
  return article.originalUrl ?? pageUrl;
}

/** The CSL-JSON fields this site fills in. */
export interface CitationItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author: { given: string; family: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  'container-title': string;
  URL: string;
  language: string;
  license: string;
}

/** The article as a CSL-JSON item, the data every style and export format is made from. */
export function citationItem(article: ArticleData, id: string, pageUrl: string): CitationItem {
  const published = article.published;
  return {
    id,
    // The Conversation is a news site: its pieces are cited as newspaper articles.
    type: 'article-newspaper',
    title: article.title,
    author: article.authors.map((author) => splitName(author.name)),
    issued: { 'date-parts': [[published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate()]] },
    // The Conversation is both the site and its publisher: naming it also as `publisher` makes MLA print it twice.
    'container-title': article.publisher.name,
    URL: citedUrl(article, pageUrl),
    language: 'en',
    license: article.license.url,
  };
}

/** Given names first, family name last: how the frontmatter writes every author. */
function splitName(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop();
  if (!family || words.length === 0) throw new Error(`author "${name}" needs a given and a family name`);
  return { given: words.join(' '), family };
}
