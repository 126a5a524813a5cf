/**
 * Queries a reader, or a link someone else crafted, might put in the search box or in `?q=`.
 * Each is shown back only as text, and none may run, load anything, or break the page. The build
 * tests run every row through the site's search over the built index
 * (`tests/build/search-tables.test.ts`); the browser tests run some rows of each kind through the
 * page (`tests/e2e/hostile-input.spec.ts`).
 */
export const HOSTILE_QUERIES: readonly { name: string; query: string }[] = [
  { name: 'a script element', query: '<script>window.hostileRan = true</script>' },
  { name: 'an image with an error handler', query: '<img src=x onerror="window.hostileRan = true">' },
  { name: 'an attribute breakout', query: '" autofocus onfocus="window.hostileRan = true" x="' },
  { name: 'a tag breakout with SVG', query: '"><svg onload="window.hostileRan = true"></svg>' },
  { name: 'an iframe with a javascript: address', query: "<iframe src=\"javascript:window.hostileRan = true\"></iframe>" },
  { name: 'markup that closes the results list', query: '</ol></form><h1>Injected heading</h1><form>' },
  { name: 'a link with a javascript: address', query: '<a href="javascript:window.hostileRan = true">click</a>' },
  { name: 'a bare javascript: address', query: 'javascript:window.hostileRan = true' },
  { name: 'a javascript: address in mixed case with a tab', query: 'JaVa\tScRiPt:window.hostileRan=true' },
  { name: 'a data: address with HTML', query: 'data:text/html,<script>window.hostileRan = true</script>' },
  { name: 'a template expression', query: '{{constructor.constructor("window.hostileRan = true")()}}' },
  { name: 'a template literal', query: '${window.hostileRan = true}' },
  { name: 'escaped markup', query: '&lt;b&gt;bold&lt;/b&gt; &amp;amp; %3Cscript%3E' },
  { name: 'a style element', query: '<style>body { display: none }</style>' },
  { name: 'regular expression metacharacters', query: '.*+?^${}()|[]\\' },
  { name: 'a catastrophic regular expression', query: '(a+)+$ ((((((((((x*)*)*)*)*)*)*)*)*)*)' },
  { name: 'a real word wrapped in metacharacters', query: '^Nangarhar.*$' },
  { name: 'a very long word', query: 'qz'.repeat(2_500) },
  { name: 'a very long sentence', query: 'Taliban '.repeat(300).trim() },
  { name: 'an unpaired high surrogate', query: 'Kabul \uD800 airport' },
  { name: 'an unpaired low surrogate', query: '\uDFFFTaliban' },
  { name: 'a right-to-left override', query: '\u202Eevil.exe Kabul' },
  { name: 'right-to-left isolates and marks', query: '\u2067\u200F\u202Bمرحبا Taliban\u2069' },
  { name: 'stacked combining marks', query: `Z${'\u0336\u0334\u0335'.repeat(60)}algo` },
  { name: 'zero-width characters', query: 'Nan\u200Bgar\u200Dhar\uFEFF' },
  { name: 'a long emoji sequence', query: '👩‍👩‍👧‍👦'.repeat(200) },
  { name: 'only spaces', query: '     ' },
  { name: 'only assorted whitespace', query: ' \t\u00A0\u2003\u3000 ' },
];
