import { expect, test } from 'vitest';
import { canonicalOf } from '@/integrations/sitemap';

test.each([
  ['a page that names its canonical in its head', '<html><head><title>A</title><link rel="canonical" href="https://example.org/a/"></head><body></body></html>', 'https://example.org/a/'],
  ['a page that names none', '<html><head><title>A</title></head><body><p>Text</p></body></html>', undefined],
  ['a page whose only such link is in its body, where it names nothing', '<html><head><title>A</title></head><body><link rel="canonical" href="https://example.org/b/"></body></html>', undefined],
  [
    'a page whose styles and scripts hold text like a canonical link, before its own',
    '<html><head><style>a::after { content: "<link rel=canonical href=https://example.org/style/>" }</style><script>document.write(\'<link rel="canonical" href="https://example.org/script/">\')</script><link rel="canonical" href="https://example.org/d/"></head><body></body></html>',
    'https://example.org/d/',
  ],
  ['a page whose only canonical-looking link is inside its script', '<html><head><script>"<link rel=canonical href=https://example.org/e/>"</script></head><body></body></html>', undefined],
  ['a page without a closing head tag', '<title>A</title><link rel="canonical" href="https://example.org/c/"><p>Text</p>', 'https://example.org/c/'],
])('%s', (_, html, canonical) => {
  expect(canonicalOf(html)).toBe(canonical);
});
