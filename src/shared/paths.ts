/**
 * Joins the site's base path and a path inside the site, so that every link keeps working when
 * the site is served under a sub-path such as `/isk/`.
 */
export function joinBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export function articlePath(id: string): string {
  return `articles/${id}/`;
}

/** The address of one question as a reader would share it: no query, the question's fragment. */
export function questionAddress(pageUrl: string, anchor: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = anchor;
  return url.href;
}

/** The absolute address of an article's page, for references and metadata that leave the site. */
export function articleUrl(site: URL, base: string, id: string): string {
  return new URL(joinBase(base, articlePath(id)), site).href;
}

/** A question's share page, relative to its article's address. */
export function sharePageRelativePath(anchor: string): string {
  return `q/${anchor}/`;
}

/** A question's share page inside the site: one static page per question, its preview that question. */
export function sharePagePath(articleId: string, anchor: string): string {
  return articlePath(articleId) + sharePageRelativePath(anchor);
}

/** The full address of a question's share page, from the address of its article (any query or fragment dropped). */
export function sharePageAddress(articleUrl: string, anchor: string): string {
  return new URL(sharePageRelativePath(anchor), articleUrl).href;
}

/** The social image of an article, or of one of its questions. */
export function socialImagePath(articleId: string, anchor?: string): string {
  return anchor ? `og/${articleId}/${anchor}.png` : `og/${articleId}.png`;
}

/**
 * Where the search's lexicon is served, below the base path, in parts: what it holds (the names
 * with their other forms, and which word parts and lengths there are), the words by the first
 * letters of their keys (see `search/client/lexicon-parts.ts`), and every indexed word again, by
 * the length of its key (for corrections, which look among the lengths near the word typed).
 */
export const LEXICON_DIR = 'search/lexicon/';
export const LEXICON_PATHS = {
  contents: `${LEXICON_DIR}contents.json`,
  part: (part: string) => `${LEXICON_DIR}words/${part}.json`,
  length: (length: number) => `${LEXICON_DIR}lengths/${length}.json`,
} as const;
