import { existsSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PATH } from '../contract';
import { articleFrontmatter } from './content';
import { builtPage, distDir } from './dist';

const article = articleFrontmatter('what-is-isis-k');
const { tree } = builtPage(`${ARTICLE_PATH}index.html`);
const pageUrl = String(select('link[rel="canonical"]', tree)?.properties['href']);
const origin = new URL(pageUrl).origin;

function distFile(path: string): string {
  const file = new URL(path, distDir);
  if (!existsSync(file)) throw new Error(`dist/${path} is missing`);
  return readFileSync(file, 'utf8');
}

/** The contents of each `<name>` element in a small XML document that has no CDATA or nesting of the same name. */
function elementTexts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((match) => match[1]!);
}

describe('the cite block', () => {
  const block = select('section.cite', tree)!;

  test('comes after the article, with a heading', () => {
    expect(select('footer.article-footer section.cite', tree)).toBeTruthy();
    expect(toString(select('h2', block)!)).toBe('Cite this article');
  });

  test('gives APA, MLA, Chicago and Harvard as text, each with a copy button', () => {
    const styles = selectAll('copy-reference', block);
    expect(styles.map((style) => style.properties['dataStyle'])).toEqual(['apa', 'mla', 'chicago', 'harvard']);
    for (const style of styles) {
      const reference = toString(select('.cite-reference', style)!);
      expect(reference).toContain(article.authors[0]!.name.split(' ').at(-1));
      expect(reference).toContain(article.originalUrl ?? pageUrl);
      expect(select('button[type="button"]', style)).toBeTruthy();
      expect(select('[role="status"]', style)).toBeTruthy();
    }
  });

  test.each([
    ['bib', /^@article\{/],
    ['ris', /^TY {2}- NEWS\n/],
  ])('links the .%s file beside the article, and it is there', (extension, start) => {
    const link = select(`a[href$="cite.${extension}"]`, block);
    expect(link?.properties['download']).toBe(`what-is-isis-k.${extension}`);
    const file = distFile(`${ARTICLE_PATH}cite.${extension}`);
    expect(String(link?.properties['href'])).toBe(`${new URL(pageUrl).pathname}cite.${extension}`);
    expect(file).toMatch(start);
    expect(file).toContain(article.originalUrl ?? pageUrl);
    expect(file).toContain(article.authors[1]!.name.split(' ').at(-1));
  });
});

test('reading time is on the article and on its home card', () => {
  const onArticle = toString(select('.article-header .reading-time', tree)!);
  const home = builtPage('index.html').tree;
  const onCard = toString(select('.article-card .reading-time', home)!);
  expect(onArticle).toMatch(/^\d+ min read$/);
  expect(onCard).toBe(onArticle);
});

describe('feeds and discovery', () => {
  test('the RSS feed lists the article, and every page points to it', () => {
    const items = elementTexts(distFile('rss.xml'), 'item');
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(elementTexts(item, 'title')).toEqual([article.title]);
    expect(elementTexts(item, 'link')).toEqual([pageUrl]);
    expect(elementTexts(item, 'pubDate').map((date) => new Date(date).toISOString())).toEqual([article.published.toISOString()]);
    for (const page of ['index.html', `${ARTICLE_PATH}index.html`, 'search/index.html', '404.html']) {
      const alternate = select('head link[rel="alternate"][type="application/rss+xml"]', builtPage(page).tree);
      expect(alternate?.properties['href'], page).toBe('/rss.xml');
    }
  });

  test('the sitemap index leads to a sitemap of the pages, not the 404', () => {
    const sitemaps = elementTexts(distFile('sitemap-index.xml'), 'loc');
    expect(sitemaps.length).toBeGreaterThan(0);
    const pages = sitemaps.flatMap((sitemap) => elementTexts(distFile(new URL(sitemap).pathname.slice(1)), 'loc'));
    expect(pages).toEqual(expect.arrayContaining([`${origin}/`, pageUrl, `${origin}/search/`]));
    expect(pages.filter((page) => page.includes('404'))).toEqual([]);
  });

  test('robots.txt lets every page be crawled and points at the sitemap index', () => {
    const lines = distFile('robots.txt').split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).not.toContain('Disallow: /');
    expect(lines).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
});
