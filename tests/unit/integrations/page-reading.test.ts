import { expect, test } from 'vitest';
import htmlValidate from '../../../.htmlvalidate.mjs';
import { PageChecker } from '@/integrations/site-checks/page-reading';

const reader = new PageChecker({});
const readPage = (html: string) => reader.checkSync(html, 'page.html').reading;

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
  ['a page that leaves out its head and body tags', '<title>A</title><link rel="canonical" href="https://example.org/c/"><p>Text</p>', 'https://example.org/c/'],
])('the canonical address of %s, which the sitemap and the checks read', (_, html, canonical) => {
  const reading = readPage(html);
  expect(reading.canonical).toBe(canonical);
  expect(reading.shapeProblems.includes('has no absolute canonical URL')).toBe(canonical === undefined);
});

test('validates the page it reads, in the same parse, under the configuration it is given', async () => {
  const checker = new PageChecker(htmlValidate);
  const html = '<!DOCTYPE html><html lang="en"><head><title>A</title></head><body><h1 id="a">A</h1><p><div>a block inside a paragraph</div></p></body></html>';
  const check = await checker.check(html, 'bad/index.html');
  expect(check.reading.ids).toEqual(['a']);
  expect(check.messages.map((message) => message.ruleId)).toContain('close-order');
  expect((await checker.check(html.replace('<p><div>a block inside a paragraph</div></p>', '<p>a paragraph</p>'), 'good/index.html')).messages).toEqual([]);
  // The reading-only checker validates nothing.
  expect(reader.checkSync(html, 'bad/index.html').messages).toEqual([]);
});
