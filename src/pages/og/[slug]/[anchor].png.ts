import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Article, Question } from '@/content/schema';
import { shareCard } from '@/social/share-card';
import { socialImage } from '@/social/card-image';

export const getStaticPaths = (async () =>
  (await getCollection('articles')).flatMap((entry) =>
    entry.data.questions.map((question) => ({ params: { slug: entry.id, anchor: question.anchor }, props: { article: entry.data, question } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; question: Question }> = async ({ props }) =>
  new Response(new Uint8Array(await socialImage(shareCard(props.article, props.question))), { headers: { 'Content-Type': 'image/png' } });
