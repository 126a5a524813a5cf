import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '@/content/articles';
import { getReaderAids } from '@/reader-aids/load';
import { buildLexicon, splitLexicon } from '@/search/lexicon';

/**
 * The words search can correct to and the names it can expand, built from the same text
 * Pagefind indexes (every question and answer) and loaded only with the search itself: its
 * contents, and the words in parts by how they begin and by how long they are (`LEXICON_PATHS`).
 */
export const getStaticPaths = (async () => {
  const [articles, { names }] = await Promise.all([getArticles(), getReaderAids()]);
  const lexicon = buildLexicon(
    articles.flatMap((article) => article.sections.map((section) => section.text)),
    names.map((entry) => entry.data),
  );
  const { contents, parts, lengths } = splitLexicon(lexicon);
  return [
    { params: { file: 'contents' }, props: { json: contents } },
    ...[...parts].map(([part, words]) => ({ params: { file: `words/${part}` }, props: { json: words } })),
    ...[...lengths].map(([length, words]) => ({ params: { file: `lengths/${length}` }, props: { json: words } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.json), { headers: { 'Content-Type': 'application/json' } });
