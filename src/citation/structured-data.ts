import type { ArticleData } from '@/content/schema';
import { isoDate } from '@/shared/format';
import { questionAddress } from '@/shared/paths';

/**
 * The article as schema.org JSON-LD. This page is a republication: it carries the work's own
 * authors, date and publisher (as the references do), its licence, and `isBasedOn` the original
 * as The Conversation published it. Each question is a part, reachable at its permanent anchor.
 */
export function articleStructuredData(article: ArticleData, { pageUrl, lang }: { pageUrl: string; lang: string }) {
  const publisher = { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url };
  const datePublished = isoDate(article.published);
  const author = article.authors.map((person) => ({
    '@type': 'Person',
    name: person.name,
    affiliation: { '@type': 'Organization', name: person.affiliation },
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': pageUrl,
    url: pageUrl,
    headline: article.title,
    abstract: article.summary,
    author,
    publisher,
    datePublished,
    license: article.license.url,
    inLanguage: lang,
    isAccessibleForFree: true,
    isBasedOn: {
      '@type': 'Article',
      headline: article.title,
      author,
      publisher,
      datePublished,
      ...(article.originalUrl ? { url: article.originalUrl } : {}),
    },
    hasPart: article.questions.map((question) => ({
      '@type': 'WebPageElement',
      name: question.text,
      url: questionAddress(pageUrl, question.anchor),
    })),
  };
}

/** JSON for a `<script>` element: `<` escaped, so no value can close the element early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
