import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { sites } from './dist';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

describe.each(sites)('$name', (site) => {
  /** Every built page with the address it is served at and the canonical address it names. */
  const pages = site.htmlFiles().map((file) => ({
    file,
    url: site.url(file.replace(/(^|\/)index\.html$/, '$1')),
    canonical: String(select('link[rel="canonical"]', site.page(file).tree)?.properties['href']),
  }));

  test('the sitemap lists exactly the pages that are their own canonical page, the 404 page aside', () => {
    const listed = locs(site.read('sitemap-index.xml')).flatMap((sitemap) => locs(site.read(new URL(sitemap).pathname.slice(site.base.length))));
    // Every question's share page names its article as canonical: pages the sitemap must leave out.
    const shareOf = (id: string) => pages.filter((page) => page.file.startsWith(`articles/${id}/q/`));
    for (const { id } of site.articles) {
      expect(shareOf(id).length, id).toBeGreaterThan(0);
      expect(shareOf(id).map((page) => page.canonical)).toEqual(shareOf(id).map(() => site.url(`articles/${id}/`)));
    }
    const ownCanonical = pages.filter((page) => page.canonical === page.url && page.file !== '404.html');
    expect(listed.sort()).toEqual(ownCanonical.map((page) => page.url).sort());
  });
});
