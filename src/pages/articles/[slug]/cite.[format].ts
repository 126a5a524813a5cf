import type { APIRoute, GetStaticPaths } from 'astro';
import { citationItem } from '@/citation/citation';
import { citationFile, citationFormats, type CitationFormat } from '@/citation/citation-output';
import { getArticles, type Article } from '@/content/articles';

export const getStaticPaths = (async () =>
  (await getArticles()).flatMap((article) =>
    Object.keys(citationFormats).map((format) => ({ params: { slug: article.id, format }, props: { article }, cacheKey: article.cacheKey })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }, { slug: string; format: CitationFormat }> = async ({ props, params }) => {
  const { article } = props;
  const item = citationItem(article.data, article.id, article.url);
  return new Response(new Uint8Array(await citationFile(item, params.format)), {
    headers: { 'Content-Type': `${citationFormats[params.format].type}; charset=utf-8` },
  });
};
