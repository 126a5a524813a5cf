import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '@/content/articles';
import { socialImage } from '@/social/card-image';
import { shareCard } from '@/social/share-card';

export const getStaticPaths = (async () =>
  (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article }, cacheKey: article.cacheKey }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(new Uint8Array(await socialImage(shareCard(props.article.data))), { headers: { 'Content-Type': 'image/png' } });
