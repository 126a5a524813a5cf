import { describe, expect, test } from 'vitest';
import htmlValidate from '../../../.htmlvalidate.mjs';
import { builtPage, type BuiltSite } from '@/integrations/site-checks/built-site';
import { distProblems } from '@/integrations/site-checks/dist-problems';
import { PageChecker } from '@/integrations/site-checks/page-reading';

const checker = new PageChecker(htmlValidate);

/** A page that passes every check, written as Astro writes pages; each test breaks one thing in it. */
const page = ({ head = '', body = '', lang = ' lang="en"', h1 = '<h1>A page</h1>' } = {}) =>
  [
    '<!DOCTYPE html>',
    `<html${lang}><head><meta charset="utf-8"><title>A page</title>`,
    '<meta name="description" content="What the page is about.">',
    `<link rel="canonical" href="https://example.org/">${head}</head>`,
    `<body><main id="main">${h1}<h2 id="part">A part</h2>${body}</main></body></html>`,
  ].join('\n');

/** A built site of these files: HTML pages by content, other files present but empty. */
function site(pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return {
    files: new Set([...Object.keys(pages), ...otherFiles]),
    pages: Object.entries(pages).map(([file, html]) => builtPage(file, html, checker.checkSync(html, file))),
  };
}

const problems = (built: BuiltSite, base = '/') => distProblems(built, base);

describe('distProblems', () => {
  test('finds nothing wrong with good pages linking each other, their parts and their files', async () => {
    const home = page({ body: '<p><a href="/articles/a/#part">A part</a>, <a href="#main">top</a>, <a href="https://example.com/">elsewhere</a></p>', head: '<link rel="icon" href="/favicon.svg" >' });
    const article = page({ body: '<p><a href="../../">Home</a> <a href="/404.html">Missing</a> <a href="/search/?q=a">Search</a></p>' });
    expect(await problems(site({ 'index.html': home, 'articles/a/index.html': article, '404.html': page(), 'search/index.html': page() }, ['favicon.svg']))).toEqual([]);
  });

  test.each([
    ['a link to a page that is not built', page({ body: '<p><a href="/nowhere/">x</a></p>' }), 'index.html: links to "/nowhere/", but the site has no nowhere/index.html'],
    ['a link to a file that is not built', page({ head: '<link rel="stylesheet" href="/_astro/gone.css" >' }), 'index.html: links to "/_astro/gone.css", but the site has no _astro/gone.css'],
    ['a fragment with no element on this page', page({ body: '<p><a href="#nothing">x</a></p>' }), 'index.html: links to "#nothing", but index.html has no element with id "nothing"'],
    ['a fragment with no element on another page', page({ body: '<p><a href="/other/#nothing">x</a></p>' }), 'index.html: links to "/other/#nothing", but other/index.html has no element with id "nothing"'],
    ['no h1', page({ h1: '' }), 'index.html: has 0 h1 elements instead of exactly one'],
    ['two h1s', page({ h1: '<h1>One</h1><h1>Two</h1>' }), 'index.html: has 2 h1 elements instead of exactly one'],
    ['no lang', page({ lang: '' }), 'index.html: has no lang on <html>'],
    ['invalid HTML', page({ body: '<p><div>a block inside a paragraph</div></p>' }), 'Stray end tag \'</p>\' (html-validate close-order)'],
  ])('names %s', async (_, html, expected) => {
    const found = await problems(site({ 'index.html': html, 'other/index.html': page() }));
    expect(found.some((problem) => problem.includes(expected)), found.join('\n')).toBe(true);
  });

  test.each([
    ['title', page().replace('<title>A page</title>', '<title> </title>'), 'index.html: has no title'],
    ['description', page().replace(/<meta name="description"[^>]*>/, ''), 'index.html: has no description'],
    ['canonical URL', page().replace(/<link rel="canonical"[^>]*>/, ''), 'index.html: has no absolute canonical URL'],
  ])('names a page without its %s', async (_, html, expected) => {
    expect(await problems(site({ 'index.html': html }))).toContain(expected);
  });

  test('resolves links under the base path, and names one that escapes it', async () => {
    const home = page({ body: '<p><a href="/isk/other/#part">in</a> <a href="/other/">out</a></p>' });
    expect(await problems(site({ 'index.html': home, 'other/index.html': page() }), '/isk/')).toEqual([
      'index.html: links to "/other/", outside the base path /isk/',
    ]);
  });
});
