import { articlePath } from '@/shared/paths';
import type { BuiltPage } from './built-site';

/**
 * The register of published addresses: every page address and question anchor the site has ever
 * published, as `/path/` or `/path/#anchor` inside the site (without the base path). It is
 * committed beside the content it describes and only ever grows, so a build that stops serving
 * one of them fails.
 */
export const REGISTER_FILE = 'published-addresses.json';

/** Every page address and question anchor of a built site, sorted. */
export function publishedAddresses(pages: readonly BuiltPage[]): string[] {
  return pages.flatMap((page) => [page.address, ...page.reading.questionAnchors.map((anchor) => `${page.address}#${anchor}`)]).sort();
}

/** The register with what is published now added: nothing is ever dropped by regenerating it. */
export function updatedRegister(register: readonly string[], published: readonly string[]): string[] {
  return [...new Set([...register, ...published])].sort();
}

export function formatRegister(addresses: readonly string[]): string {
  return `${JSON.stringify(addresses, null, 2)}\n`;
}

/** What this build publishes that the register does not hold yet: the addresses `npm run addresses` would add. */
export function newAddresses(register: readonly string[], published: readonly string[]): string[] {
  const registered = new Set(register);
  return published.filter((address) => !registered.has(address));
}

/** The article a site address belongs to (its page, a question, a share page), if any. */
const articleOf = (address: string) => /^\/articles\/([^/#]+)\//.exec(address)?.[1];

/**
 * Each registered address that the built site no longer serves, or serves without its anchor. An
 * article whose page is gone is named once, with everything registered under it, since that is
 * what renaming its file does.
 */
export function unresolvedAddresses(register: readonly string[], pages: readonly BuiltPage[]): string[] {
  const idsByAddress = new Map(pages.map((page) => [page.address, new Set(page.reading.ids)]));
  const goneArticles = new Map<string, number>();
  const problems = register.flatMap((entry) => {
    const [address = '', anchor] = entry.split('#');
    const ids = idsByAddress.get(address);
    const article = articleOf(address);
    if (!ids && article !== undefined && !idsByAddress.has(`/${articlePath(article)}`)) {
      goneArticles.set(article, (goneArticles.get(article) ?? 0) + 1);
      return [];
    }
    if (!ids) return [`${entry}: the page ${address} is no longer built`];
    if (anchor !== undefined && !ids.has(anchor)) {
      return [`${entry}: ${address} has no element with id "${anchor}"; if the question's anchor was renamed, list "${anchor}" under its formerAnchors`];
    }
    return [];
  });
  const articles = [...goneArticles].map(
    ([article, count]) =>
      `/${articlePath(article)}: the article's page and ${count - 1} other registered address(es) under it are no longer built; if its file was renamed, list "${article}" under formerIds in the renamed file's frontmatter, so the old addresses lead to the new one`,
  );
  return [...articles, ...problems];
}
