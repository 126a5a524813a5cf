/**
 * The ids the site's pages give their own parts, which every component takes from here. A
 * question's anchor (and each alias it answers to) is an id on its article's page as well, so the
 * schema refuses one that is among these (`src/content/schema.ts`), and
 * `tests/build/page-ids.test.ts` checks that every id a built page has is one of these or a
 * question's.
 */
export const PAGE_IDS = {
  main: 'main',
  headerSearch: 'header-search',
  summary: 'summary-title',
  questions: 'toc-title',
  attribution: 'attribution-title',
  cite: 'cite-title',
  readerAids: 'reader-aids-title',
  keyDates: 'key-dates-title',
  /** The template that holds the page's script until the page has painted (`src/layouts/client/inline-script.ts`). */
  enhancements: 'enhancements',
} as const;

/** Parts that make an id for each thing they hold (`header-search-hint`, `cite-apa`): every id starting with one and a hyphen is theirs. */
export const ID_PREFIXES = { search: PAGE_IDS.headerSearch, citeStyle: 'cite' } as const;

/** The id a part makes for one thing it holds: the search box's hint, a citation style's reference. */
export function partId(part: string, name: string): string {
  return `${part}-${name}`;
}

/** Whether the site's own pages use, or may make, this id for a part of their own. */
export function isPageId(id: string): boolean {
  return (Object.values(PAGE_IDS) as string[]).includes(id) || Object.values(ID_PREFIXES).some((part) => id.startsWith(`${part}-`));
}
