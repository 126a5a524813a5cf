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
