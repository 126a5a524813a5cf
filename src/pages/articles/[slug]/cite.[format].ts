import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex, citationItem, ris, type CitationItem } from '@/citation/citation';
import { getArticles, type Article } from '@/content/articles';

/** The reference as a file for reference managers, beside the article: `cite.bib` and `cite.ris`. */
const formats = {
  bib: { type: 'application/x-bibtex', write: bibtex },
  ris: { type: 'application/x-research-info-systems', write: ris },
} satisfies Record<string, { type: string; write: (item: CitationItem) => string }>;

export const getStaticPaths = (async () =>
  (await getArticles()).flatMap((article) =>
    Object.keys(formats).map((format) => ({ params: { slug: article.id, format }, props: { article } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }, { slug: string; format: keyof typeof formats }> = ({ props, params }) => {
  const { article } = props;
  const { type, write } = formats[params.format];
  const item = citationItem(article.data, article.id, article.url);
  return new Response(write(item).replace(/\n*$/, '\n'), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
