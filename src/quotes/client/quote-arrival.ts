/**
 * The address the page was opened at, when it holds a text directive (`:~:text=`) that this
 * browser does not follow. It is read from the navigation entry: some browsers take the
 * directive out of `location` even where they do nothing else with it.
 */
export function unfollowedQuoteAddress(): string | undefined {
  const address = performance.getEntriesByType('navigation')[0]?.name ?? location.href;
  return !('fragmentDirective' in document) && address.includes(':~:') ? address : undefined;
}
