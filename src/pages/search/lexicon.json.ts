import type { APIRoute } from 'astro';
import { getArticles } from '@/content/articles';
import { getReaderAids } from '@/reader-aids/load';
import { buildLexicon } from '@/search/lexicon';

/**
 * The words search can correct to and the names it can expand, built from the same text
 * Pagefind indexes (every question and answer) and loaded only with the search itself.
 */
export const GET: APIRoute = async () => {
  const [articles, { names }] = await Promise.all([getArticles(), getReaderAids()]);
  const lexicon = buildLexicon(
    articles.flatMap((article) => article.sections.map((section) => section.text)),
    names.map((entry) => entry.data),
  );
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json' } });
};
