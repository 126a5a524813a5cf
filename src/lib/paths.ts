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
