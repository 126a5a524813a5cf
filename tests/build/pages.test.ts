import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { joinNames } from '@/shared/format';
import { INLINE_SCRIPT } from '@/layouts/inline-script';
import { builtPage, isSharePage, sites } from './dist';

const pages = ['index.html', `${ARTICLE_PATH}index.html`, `${ARTICLE_PATH}q/${QUESTIONS[1]!.anchor}/index.html`, 'search/index.html', '404.html'];

describe.each(pages)('dist/%s', (path) => {
  const { tree } = builtPage(path);

  test('has a language, a title, a description, a canonical address and a favicon', () => {
    expect(select('html[lang="en"]', tree)).toBeTruthy();
    expect(toString(select('title', tree)!).trim()).not.toBe('');
    expect(select('meta[name="description"][content]', tree)).toBeTruthy();
    expect(select('link[rel="canonical"][href^="http"]', tree)).toBeTruthy();
    expect(select('link[rel="icon"]', tree)).toBeTruthy();
  });

  test('has exactly one h1 and a search form', () => {
    expect(selectAll('h1', tree)).toHaveLength(1);
    expect(select('form[role="search"] input[type="search"][name="q"]', tree)).toBeTruthy();
  });

  test('has no inline script but the site’s own, and nothing from another origin', () => {
    // JSON-LD is data that no browser runs, so a strict CSP allows it.
    const inline = selectAll('script:not([type="application/ld+json"]):not([src])', tree).map((script) => toString(script));
    expect(inline, 'inline scripts').toEqual(isSharePage(path) ? [] : [INLINE_SCRIPT]);
    const addresses = selectAll('[src], link[href]', tree).map((element) => String(element.properties['src'] ?? element.properties['href']));
    expect(addresses.filter((address) => /^(https?:)?\/\//.test(address) && !address.startsWith('http://localhost'))).toEqual([]);
  });
});

describe.each(sites)('the home page of $name', (site) => {
  const cards = selectAll('.article-card', site.page('index.html').tree);

  test.each(site.articles.map((entry) => [entry.id, entry] as const))('lists %s with its authors, date and our summary', (id, { data }) => {
    const card = cards.find((candidate) => select(`a[href="${site.base}articles/${id}/"]`, candidate));
    expect(card, `a card linking ${site.base}articles/${id}/`).toBeTruthy();
    const text = toString(card!);
    expect(toString(select('h2', card!)!)).toBe(data.title);
    expect(text).toContain(joinNames(data.authors.map((author) => author.name)));
    expect(select(`time[datetime="${data.published.toISOString().slice(0, 10)}"]`, card!)).toBeTruthy();
    expect(text).toContain(`Our summary ${data.summary}`);
  });

  test('has a card for each article and no other', () => {
    expect(cards).toHaveLength(site.articles.length);
  });
});

test('without JavaScript the search page says so and links every question', () => {
  const { html } = builtPage('search/index.html');
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  expect(noscript).toMatch(/Search needs JavaScript/);
  for (const { anchor } of QUESTIONS) {
    expect(noscript).toContain(`${ARTICLE_PATH}#${anchor}`);
  }
});

/**
 * The elements a screen reader lists as landmarks: the page's regions, and any section or form
 * given a name (which makes it a region).
 */
const LANDMARKS = 'header, footer, main, nav, aside, [role], section[aria-label], section[aria-labelledby], form[aria-label], form[aria-labelledby]';

test.each(['index.html', 'search/index.html', 'names/index.html', '404.html'])(
  'the landmarks of %s do not multiply with the articles, so a screen reader’s list of them stays short',
  (path) => {
    const [one, more] = sites as [(typeof sites)[0], (typeof sites)[0]];
    expect(more.articles.length).toBeGreaterThan(one.articles.length);
    const landmarks = (site: typeof one) => selectAll(LANDMARKS, site.page(path).tree).length;
    expect(landmarks(more)).toBe(landmarks(one));
  },
);
