import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PATH } from '../contract';
import { articleFrontmatter } from './content';
import { builtPage, dist, sites } from './dist';

const article = articleFrontmatter('what-is-isis-k');
const { tree } = builtPage(`${ARTICLE_PATH}index.html`);
const pageUrl = String(select('link[rel="canonical"]', tree)?.properties['href']);

/** The contents of each `<name>` element in a small XML document that has no CDATA or nesting of the same name. */
function elementTexts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((match) => match[1]!);
}

describe('the cite block of the interview', () => {
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
    const file = dist.read(`${ARTICLE_PATH}cite.${extension}`);
    expect(String(link?.properties['href'])).toBe(`${new URL(pageUrl).pathname}cite.${extension}`);
    expect(file).toMatch(start);
    expect(file).toContain(article.originalUrl ?? pageUrl);
    expect(file).toContain(article.authors[1]!.name.split(' ').at(-1));
  });

  test.each([
    ['bib', [/^\s*year = \{2021\},$/m, /^\s*month = aug,$/m, /^\s*date = \{2021-08-26\},$/m]],
    ['ris', [/^PY {2}- 2021$/m, /^DA {2}- 2021\/08\/26\/$/m]],
  ])('the .%s file gives the date of first publication in full, in its standard fields', (extension, fields) => {
    const file = dist.read(`${ARTICLE_PATH}cite.${extension}`);
    expect(article.published.toISOString().slice(0, 10)).toBe('2021-08-26');
    for (const field of fields) expect(file).toMatch(field);
  });
});

describe.each(sites)('$name', (site) => {
  const home = site.page('index.html').tree;
  /** Each article of the site, newest first, as the home page and the feed must list them. */
  const articles = [...site.articles].sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));

  test('lists every article on its home page, newest first, each with the reading time its page gives', () => {
    const cards = selectAll('.article-card', home);
    expect(cards.map((card) => toString(select('h2', card)!))).toEqual(articles.map((entry) => entry.data.title));
    for (const [index, entry] of articles.entries()) {
      const onArticle = toString(select('.article-header .reading-time', site.page(`articles/${entry.id}/index.html`).tree)!);
      expect(onArticle).toMatch(/^\d+ min read$/);
      expect(toString(select('.reading-time', cards[index]!)!), entry.id).toBe(onArticle);
    }
  });

  test('the RSS feed lists every article, newest first, and every page points to it', () => {
    const items = elementTexts(site.read('rss.xml'), 'item');
    expect(items.map((item) => elementTexts(item, 'title'))).toEqual(articles.map((entry) => [entry.data.title]));
    expect(items.map((item) => elementTexts(item, 'link'))).toEqual(articles.map((entry) => [site.url(`articles/${entry.id}/`)]));
    expect(items.map((item) => elementTexts(item, 'pubDate').map((date) => new Date(date).toISOString()))).toEqual(
      articles.map((entry) => [entry.data.published.toISOString()]),
    );
    for (const page of ['index.html', ...articles.map((entry) => `articles/${entry.id}/index.html`), 'search/index.html', '404.html']) {
      const alternate = select('head link[rel="alternate"][type="application/rss+xml"]', site.page(page).tree);
      expect(alternate?.properties['href'], page).toBe(`${site.base}rss.xml`);
    }
  });

  test('the sitemap index leads to a sitemap of the pages, every article’s among them, not the 404', () => {
    const sitemaps = elementTexts(site.read('sitemap-index.xml'), 'loc');
    expect(sitemaps.length).toBeGreaterThan(0);
    const pages = sitemaps.flatMap((sitemap) => elementTexts(site.read(new URL(sitemap).pathname.slice(site.base.length)), 'loc'));
    expect(pages).toEqual(expect.arrayContaining([site.url(''), site.url('search/'), ...articles.map((entry) => site.url(`articles/${entry.id}/`))]));
    expect(pages.filter((page) => page.includes('404'))).toEqual([]);
  });

  test('robots.txt lets every page be crawled and points at the sitemap index', () => {
    const lines = site.read('robots.txt').split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).not.toContain('Disallow: /');
    expect(lines).toContain(`Sitemap: ${site.url('sitemap-index.xml')}`);
  });
});
