import type { ArticleData } from '@/content/schema';
import type { NamedMetaTag } from '@/shared/meta-tag';

/** `2021/08/26`: the date form Google Scholar's inclusion guidelines ask for. */
function scholarDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '/');
}

/**
 * The Highwire Press tags that Google Scholar and Zotero read. They describe the work as first
 * published, as the references do: its publisher stands as the journal. Each author's institution
 * follows that author, which is how the readers pair them. The licence has no Highwire tag;
 * Dublin Core's `DC.rights` is the one Zotero reads.
 */
export function highwireTags(article: ArticleData, { pageUrl, citedUrl, lang }: { pageUrl: string; citedUrl: string; lang: string }): NamedMetaTag[] {
  return [
    { name: 'citation_title', content: article.title },
    ...article.authors.flatMap((author) => [
      { name: 'citation_author', content: author.name },
      { name: 'citation_author_institution', content: author.affiliation },
    ]),
    { name: 'citation_publication_date', content: scholarDate(article.published) },
    { name: 'citation_journal_title', content: article.publisher.name },
    { name: 'citation_publisher', content: article.publisher.name },
    { name: 'citation_language', content: lang },
    { name: 'citation_abstract', content: article.summary },
    { name: 'citation_public_url', content: citedUrl },
    { name: 'citation_fulltext_html_url', content: pageUrl },
    { name: 'DC.rights', content: article.license.url },
  ];
}
