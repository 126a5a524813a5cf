import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectAll, select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { pngSize, socialTags } from './social';

/**
 * The site as `npm test` builds it a second time, under a base path and for another origin, with
 * the test-only fixture interviews beside the real one, into its own folder (tests/run-all.ts,
 * tests/support/fixture-site.ts), which its browser tests also serve. The build's own checks
 * (no broken link or fragment once the base path is taken into account, valid HTML) passed, or
 * there would be no folder.
 */
const base = '/isk/';
const siteUrl = 'https://example.org';
const outDir = fileURLToPath(new URL('../../dist-isk/', import.meta.url));
const { anchor } = QUESTIONS[1]!;
const sharePage = `${ARTICLE_PATH}q/${anchor}/`;
const pages = ['index.html', `${ARTICLE_PATH}index.html`, `${sharePage}index.html`, 'search/index.html', '404.html', 'names/index.html'];

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name));
}

describe(`the site built with BASE_PATH=${base}`, () => {
  beforeAll(() => {
    if (!existsSync(join(outDir, 'index.html')))
      throw new Error(`dist-isk/ is missing: build it with \`BASE_PATH=${base} SITE_URL=${siteUrl} node tests/support/fixture-site.ts --outDir dist-isk\` (npm test does) before the build tests`);
  });

  test.each(pages)('%s links only inside the base path', (page) => {
    const tree = fromHtml(readFileSync(join(outDir, page), 'utf8'));
    const addresses = selectAll('a[href], link[href], script[src], form[action]', tree).map((element) =>
      String(element.properties['href'] ?? element.properties['src'] ?? element.properties['action']),
    );
    const rootRelative = addresses.filter((address) => address.startsWith('/'));
    expect(rootRelative.length).toBeGreaterThan(0);
    expect(rootRelative.filter((address) => !address.startsWith(base))).toEqual([]);
    expect(select('form[role="search"]', tree)?.properties['action']).toBe(`${base}search/`);
  });

  test('gives canonical addresses on the configured origin, under the base path', () => {
    const tree = fromHtml(readFileSync(join(outDir, ARTICLE_PATH, 'index.html'), 'utf8'));
    expect(select('link[rel="canonical"]', tree)?.properties['href']).toBe(`${siteUrl}${base}${ARTICLE_PATH}`);
  });

  test.each([ARTICLE_PATH, sharePage])('%s previews with addresses and an image under the base path', (page) => {
    const tree = fromHtml(readFileSync(join(outDir, page, 'index.html'), 'utf8'));
    const tags = socialTags(tree);
    expect(tags.get('og:url')).toEqual([`${siteUrl}${base}${page}`]);
    const [image] = tags.get('og:image') ?? [];
    expect(image?.startsWith(`${siteUrl}${base}og/`), image).toBe(true);
    expect(pngSize(readFileSync(join(outDir, new URL(image!).pathname.slice(base.length))))).toEqual({ width: 1200, height: 630 });
  });

  test('a share page leads to its question and names the article as canonical, under the base path', () => {
    const tree = fromHtml(readFileSync(join(outDir, sharePage, 'index.html'), 'utf8'));
    expect(select('link[rel="canonical"]', tree)?.properties['href']).toBe(`${siteUrl}${base}${ARTICLE_PATH}`);
    expect(select(`a[href="${base}${ARTICLE_PATH}#${anchor}"]`, tree)).toBeTruthy();
  });

  test('has its search index, and scripts that look for it under the base path', () => {
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const scripts = filesUnder(join(outDir, '_astro'), '.js').map((file) => readFileSync(file, 'utf8'));
    const baseAsString = new RegExp(`["'\`]${base}["'\`]`);
    const searchScripts = scripts.filter((script) => script.includes('pagefind/pagefind.js'));
    expect(searchScripts.length).toBeGreaterThan(0);
    for (const script of searchScripts) expect(script).toMatch(baseAsString);
  });

  test('puts feeds, sitemap, robots.txt and reference files on addresses under the base path', () => {
    const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
    const articleUrl = `${siteUrl}${base}${ARTICLE_PATH}`;
    expect(read('robots.txt')).toContain(`Sitemap: ${siteUrl}${base}sitemap-index.xml`);
    const sitemapAddresses = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(sitemapAddresses.length).toBeGreaterThan(0);
    for (const address of sitemapAddresses) {
      expect(address.startsWith(`${siteUrl}${base}`), address).toBe(true);
      expect(read(new URL(address).pathname.slice(base.length))).toContain(`<loc>${articleUrl}</loc>`);
    }
    expect(read('rss.xml')).toContain(`<link>${articleUrl}</link>`);
    for (const file of ['cite.bib', 'cite.ris']) expect(read(join(ARTICLE_PATH, file))).toContain(articleUrl);
    const tree = fromHtml(read(join(ARTICLE_PATH, 'index.html')));
    expect(select('meta[name="citation_fulltext_html_url"]', tree)?.properties['content']).toBe(articleUrl);
    expect(select('.cite-reference', tree) && toString(select('.cite-reference', tree)!)).toContain(articleUrl);
  });
});
