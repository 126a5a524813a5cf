import type { APIRoute } from 'astro';
import { loadReaderAids } from '@/reader-aids/load';
import { buildLexicon } from '@/search/lexicon';

/**
 * The words search can correct to and the names it can expand, built from the same text
 * Pagefind indexes (every question and answer) and loaded only with the search itself.
 */
export const GET: APIRoute = async () => {
  const { texts, names } = await loadReaderAids();
  const lexicon = buildLexicon(
    texts.flatMap((article) => article.sections.map((section) => section.text)),
    names.map((entry) => entry.data),
  );
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json' } });
};
