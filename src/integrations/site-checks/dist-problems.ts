import type { BuiltPage, BuiltSite } from './built-site';
import { joinBase } from '@/shared/paths';

/** Stands in for the site's own origin, so a link to anywhere else is recognised as external. */
const SITE = 'https://site.invalid';

/** Internal links that lead to no file, outside the base path, or to a fragment with no element. */
function linkProblems(page: BuiltPage, site: BuiltSite, base: string, idsOf: (file: string) => Set<string>): string[] {
  const pageUrl = new URL(joinBase(base, page.address), SITE);
  const basePath = joinBase(base);
  return page.reading.links.flatMap((address) => {
    const url = new URL(address, pageUrl);
    if (url.origin !== SITE) return [];
    if (!url.pathname.startsWith(basePath)) return [`links to "${address}", outside the base path ${basePath}`];
    const path = decodeURIComponent(url.pathname.slice(basePath.length));
    const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (!site.files.has(file)) return [`links to "${address}", but the site has no ${file}`];
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
      return [`links to "${address}", but ${file} has no element with id "${fragment}"`];
    }
    return [];
  });
}

/** What html-validate said of a page, one line a message. */
const validationProblems = (page: BuiltPage): string[] =>
  page.messages.map((message) => `line ${message.line}:${message.column}: ${message.message} (html-validate ${message.ruleId})`);

/**
 * Every problem in a built site, one readable line each, prefixed with the file: broken internal
 * links and fragments, pages missing what every page needs, and what its validation found.
 */
export function distProblems(site: BuiltSite, base: string): string[] {
  const idsByFile = new Map(site.pages.map((page) => [page.file, new Set(page.reading.ids)]));
  const idsOf = (file: string) => idsByFile.get(file) ?? new Set<string>();
  const pageProblems = (page: BuiltPage) => [...page.reading.shapeProblems, ...linkProblems(page, site, base, idsOf), ...validationProblems(page)].map((problem) => `${page.file}: ${problem}`);
  return site.pages.flatMap(pageProblems);
}
