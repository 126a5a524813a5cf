/**
 * What the search box says when Pagefind's index does not load. Pagefind indexes the built site,
 * so under Astro's dev server there is no index to load, and checking the connection would not help.
 */
export function searchFailureMessage({ inDevServer }: { inDevServer: boolean }): string {
  return inDevServer
    ? 'Search works in a built site: run npm run build && npm run preview.'
    : 'Search could not load. Check your connection and try again.';
}
