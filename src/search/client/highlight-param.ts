/**
 * The query parameter that carries the words to mark to the page, one parameter each, as the text
 * writes them ("al-Qaida’s", "1,400", "tribal areas"): search results and the names index write
 * it, and the page reads it.
 */
export const HIGHLIGHT_PARAM = 'highlight';

/** A site address (a path, with or without a query and fragment) carrying `words` to mark. */
export function withHighlight(address: string, words: readonly string[]): string {
  const [beforeFragment = '', fragment = ''] = address.split(/(?=#)/u, 2);
  const [path = '', query = ''] = beforeFragment.split('?', 2);
  const params = new URLSearchParams(query);
  params.delete(HIGHLIGHT_PARAM);
  for (const word of words) params.append(HIGHLIGHT_PARAM, word);
  return `${path}${params.size > 0 ? `?${params}` : ''}${fragment}`;
}

/** The address without the highlight parameter, so a copied or bookmarked link stays clean. */
export function withoutHighlight(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return url.href;
}
