import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headingSlug } from '@/content/anchors';
import { builtPage, pageAddress } from '@/integrations/site-checks/built-site';
import { PageChecker } from '@/integrations/site-checks/page-reading';
import { newAddresses, publishedAddresses, REGISTER_FILE, unresolvedAddresses, updatedRegister } from '@/integrations/site-checks/published-addresses';
import { ARTICLE_PATH, QUESTIONS } from '../../contract';

const reader = new PageChecker({});
const built = (file: string, html: string) => builtPage(file, html, reader.checkSync(html, file));
const article = (questions: string) => built('articles/a/index.html', `<!DOCTYPE html><html><body><h1 id="title">A</h1>${questions}</body></html>`);
const question = (anchor: string, ...aliases: string[]) =>
  `<section class="question">${aliases.map((alias) => `<span class="anchor-alias" id="${alias}"></span>`).join('')}<div><h2 id="${anchor}">Q?</h2></div></section>`;

test.each([
  ['index.html', '/'],
  ['articles/a/index.html', '/articles/a/'],
  ['404.html', '/404.html'],
])('%s is served at %s', (file, address) => {
  expect(pageAddress(file)).toBe(address);
});

describe('publishedAddresses', () => {
  test('lists each page and each question anchor with its aliases, sorted, and no other ids', () => {
    const pages = [built('index.html', '<h1 id="top">Home</h1>'), article(question('threat', 'how-big-a-threat') + question('aims'))];
    expect(publishedAddresses(pages)).toEqual(['/', '/articles/a/', '/articles/a/#aims', '/articles/a/#how-big-a-threat', '/articles/a/#threat']);
  });
});

describe('updatedRegister', () => {
  test('adds what is published and never drops what was', () => {
    expect(updatedRegister(['/old/', '/a/'], ['/a/', '/a/#new'])).toEqual(['/a/', '/a/#new', '/old/']);
  });
});

describe('newAddresses', () => {
  test('lists what is published and not registered yet, and nothing registered', () => {
    expect(newAddresses(['/', '/articles/a/'], ['/', '/articles/a/', '/articles/b/', '/articles/b/#x'])).toEqual(['/articles/b/', '/articles/b/#x']);
  });
});

describe('unresolvedAddresses', () => {
  const pages = [article(question('danger', 'threat'))];

  test('accepts an anchor that is kept as an alias', () => {
    expect(unresolvedAddresses(['/articles/a/', '/articles/a/#danger', '/articles/a/#threat'], pages)).toEqual([]);
  });

  test('names an anchor that no longer resolves, and says how to keep it', () => {
    expect(unresolvedAddresses(['/articles/a/#background'], pages)).toEqual([
      '/articles/a/#background: /articles/a/ has no element with id "background"; if the question\'s anchor was renamed, list "background" under its formerAnchors',
    ]);
  });

  test('names an article no longer built once, with everything under it, and says how a renamed file keeps them', () => {
    expect(unresolvedAddresses(['/articles/gone/', '/articles/gone/#x', '/articles/gone/#y', '/articles/gone/q/x/', '/articles/a/'], pages)).toEqual([
      '/articles/gone/: the article\'s page and 3 other registered address(es) under it are no longer built; if its file was renamed, list "gone" under formerIds in the renamed file\'s frontmatter, so the old addresses lead to the new one',
    ]);
  });

  test('names any other page that is no longer built, once per registered entry', () => {
    expect(unresolvedAddresses(['/about/', '/articles/a/q/gone/'], pages)).toEqual([
      '/about/: the page /about/ is no longer built',
      '/articles/a/q/gone/: the page /articles/a/q/gone/ is no longer built',
    ]);
  });
});

test('the committed register holds every address and anchor the site’s contract promises', () => {
  const register = JSON.parse(readFileSync(new URL(`../../../content/${REGISTER_FILE}`, import.meta.url), 'utf8')) as string[];
  // The pages SPEC.md lists, and the article's questions by anchor and by full-text slug.
  const article = `/${ARTICLE_PATH}`;
  const promised = ['/', '/search/', '/404.html', article, ...QUESTIONS.flatMap(({ anchor, text }) => [`${article}#${anchor}`, `${article}#${headingSlug(text)}`])];
  expect(promised.filter((address) => !register.includes(address))).toEqual([]);
});
