/** The query parameter that carries searched words to the page; search and page must agree on it. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The address without the highlight parameter, so a copied or bookmarked link stays clean. */
export function withoutHighlight(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return url.href;
}
