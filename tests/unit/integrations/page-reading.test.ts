import { expect, test } from 'vitest';
import { readPage } from '@/integrations/site-checks/page-reading';

test('reads a page’s ids, the anchors readers link to, the addresses it opens, and what its head lacks', () => {
  const html = [
    '<!DOCTYPE html><html lang="en"><head><title>A</title><link rel="icon" href="/favicon.svg"></head>',
    '<body><main id="main"><h1>A</h1>',
    '<section class="question"><span class="anchor-alias" id="old-name"></span><h2 id="threat">Q?</h2>',
    '<p><a href="#threat">#</a> <img src="/og/a.png" alt=""></p></section>',
    '<form action="/search/"></form><h2 id="other">Not a question</h2></main></body></html>',
  ].join('');
  expect(readPage(html)).toEqual({
    ids: ['main', 'old-name', 'threat', 'other'],
    questionAnchors: ['old-name', 'threat'],
    links: ['/favicon.svg', '#threat', '/og/a.png', '/search/'],
    shapeProblems: ['has no description', 'has no absolute canonical URL'],
  });
});

test.each([
  ['a page that names its canonical in its head', '<html><head><title>A</title><link rel="canonical" href="https://example.org/a/"></head><body></body></html>', 'https://example.org/a/'],
  ['a page that names none', '<html><head><title>A</title></head><body><p>Text</p></body></html>', undefined],
  ['a page whose only such link is in its body, where it names nothing', '<html><head><title>A</title></head><body><p>A</p><link rel="canonical" href="https://example.org/b/"></body></html>', undefined],
  [
    'a page whose styles and scripts hold text like a canonical link, before its own',
    '<html><head><style>a::after { content: "<link rel=canonical href=https://example.org/style/>" }</style><script>document.write(\'<link rel="canonical" href="https://example.org/script/">\')</script><link rel="canonical" href="https://example.org/d/"></head><body></body></html>',
    'https://example.org/d/',
  ],
  ['a page whose only canonical-looking link is inside its script', '<html><head><script>"<link rel=canonical href=https://example.org/e/>"</script></head><body></body></html>', undefined],
  ['a page without a closing head tag', '<title>A</title><link rel="canonical" href="https://example.org/c/"><p>Text</p>', 'https://example.org/c/'],
])('the canonical address of %s, which the sitemap and the checks read', (_, html, canonical) => {
  const reading = readPage(html);
  expect(reading.canonical).toBe(canonical);
  expect(reading.shapeProblems.includes('has no absolute canonical URL')).toBe(canonical === undefined);
});
