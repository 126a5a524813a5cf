import type { ConfigData } from 'html-validate';
// Its version names the validations it gave; the validator itself loads only in the workers, when a page needs validating.
import htmlValidatePackage from 'html-validate/package.json' with { type: 'json' };
import { cached, cacheKey } from '../build-cache';
import { mapInFlight } from '../in-flight';
import type { BuiltPage, BuiltSite, PageHtml } from './built-site';
import { validatorPool, type ValidationMessage, type ValidatorPool } from './validator-pool';
import { joinBase } from '@/shared/paths';

const PAGES_IN_FLIGHT = 16;

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

/**
 * What html-validate says of a page. It is most of the checks' time, and depends on nothing but
 * the page's HTML, the configuration and html-validate's version: a page unchanged since the last
 * build is not validated again.
 */
async function validationProblems(page: PageHtml, validator: ValidatorPool, validatorKey: string): Promise<string[]> {
  const validate = async () => Buffer.from(JSON.stringify(await validator.validate(page.html, page.file)));
  const messages = JSON.parse(Buffer.from(await cached('HTML validations', cacheKey([validatorKey, page.html]), validate)).toString('utf8')) as ValidationMessage[];
  return messages.map((message) => `line ${message.line}:${message.column}: ${message.message} (html-validate ${message.ruleId})`);
}

/** What html-validate says of each page of a site, as it comes. */
export interface SiteValidation {
  problemsOf(file: string): Promise<string[]>;
}

/**
 * Validates the pages under the given html-validate configuration, in its worker threads, from
 * now on: validation needs only the HTML, so it runs while the build's own thread reads the pages.
 */
export function validateSite(pages: readonly PageHtml[], htmlValidate: ConfigData): SiteValidation {
  const validatorKey = cacheKey([`html-validate ${htmlValidatePackage.version}`, JSON.stringify(htmlValidate)]);
  const validator = validatorPool(htmlValidate);
  // The longest pages first, so that none is left to validate alone at the end while the other
  // workers wait; and a few pages in flight at a time keep every worker busy without opening every
  // page's cache entry at once.
  const longestFirst = [...pages].sort((a, b) => b.html.length - a.html.length);
  const found = mapInFlight(longestFirst, PAGES_IN_FLIGHT, (page) => validationProblems(page, validator, validatorKey)).then(
    (problems) => new Map(longestFirst.map((page, index) => [page.file, problems[index]!])),
  );
  // A failure is reported to the step that asks for the problems, not as an unhandled rejection before.
  found.catch(() => {});
  return {
    problemsOf: async (file) => {
      const problems = (await found).get(file);
      if (!problems) throw new Error(`${file} was not among the pages given to validate`);
      return problems;
    },
  };
}

/**
 * Every problem in a built site, one readable line each, prefixed with the file: broken internal
 * links and fragments, pages missing what every page needs, and what its validation found.
 */
export async function distProblems(site: BuiltSite, options: { base: string; validation: SiteValidation }): Promise<string[]> {
  const idsByFile = new Map(site.pages.map((page) => [page.file, new Set(page.reading.ids)]));
  const idsOf = (file: string) => idsByFile.get(file) ?? new Set<string>();
  const pageProblems = async (page: BuiltPage) =>
    [...page.reading.shapeProblems, ...linkProblems(page, site, options.base, idsOf), ...(await options.validation.problemsOf(page.file))].map((problem) => `${page.file}: ${problem}`);
  return (await Promise.all(site.pages.map(pageProblems))).flat();
}
