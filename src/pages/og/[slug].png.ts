import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { shareCard } from '@/social/share-card';
import { socialImage } from '@/social/card-image';

export const getStaticPaths = (async () =>
  (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) =>
  new Response(new Uint8Array(await socialImage(shareCard(props.entry.data))), { headers: { 'Content-Type': 'image/png' } });
