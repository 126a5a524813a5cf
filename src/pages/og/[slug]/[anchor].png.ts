import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article, type QuestionReading } from '@/content/articles';
import { socialImage } from '@/social/card-image';
import { shareCard } from '@/social/share-card';

export const getStaticPaths = (async () =>
  (await getArticles()).flatMap((article) =>
    article.questions.map((question) => ({ params: { slug: article.id, anchor: question.anchor }, props: { article, question }, cacheKey: article.cacheKey })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; question: QuestionReading }> = async ({ props }) =>
  new Response(new Uint8Array(await socialImage(shareCard(props.article.data, props.question))), {
    headers: { 'Content-Type': 'image/png' },
  });
