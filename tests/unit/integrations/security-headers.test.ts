import { expect, test } from 'vitest';
import { inlineCode } from '@/integrations/security-headers';

test('reads every inline stylesheet and script of a page, and no data block or script file', () => {
  const page = [
    '<head><style>a{color:red}</style><script type="application/ld+json">{"@type":"Article"}</script></head>',
    '<body><template id="enhancements"><script type="module" src="/_astro/entry.js"></script></template>',
    '<script>{let shown=false}</script><style>b{}</style></body>',
  ].join('');
  expect(inlineCode(page)).toEqual({ styles: ['a{color:red}', 'b{}'], scripts: ['{let shown=false}'] });
});

test('a page with neither has nothing to allow', () => {
  expect(inlineCode('<p>Text only</p>')).toEqual({ styles: [], scripts: [] });
});
