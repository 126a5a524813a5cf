import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { breakdown, distFileFor, isPrecompressed, resourceKind, servedSize } from '../../../bench/lib/weight';

describe('resourceKind', () => {
  test.each([
    ['/articles/what-is-isis-k/', 'html'],
    ['/404.html', 'html'],
    ['/_astro/Base.abc.css', 'css'],
    ['/_astro/search-ui.abc.js', 'js'],
    ['/fonts/serif.woff2', 'font'],
    ['/favicon.svg', 'image'],
    ['/pagefind/pagefind-entry.json', 'search index'],
    ['/pagefind/index/en_1.pf_index', 'search index'],
    ['/pagefind/wasm.en.pagefind', 'search index'],
    ['/robots.txt', 'other'],
  ])('%s is %s', (path, kind) => expect(resourceKind(path)).toBe(kind));
});

describe('distFileFor', () => {
  test.each([
    ['/', '/', 'index.html'],
    ['/articles/a/', '/', 'articles/a/index.html'],
    ['/isk/search/', '/isk/', 'search/index.html'],
    ['/isk/_astro/x.css', '/isk', '_astro/x.css'],
  ])('%s under %s is dist/%s', (path, base, file) => expect(distFileFor(path, base)).toBe(file));
  test('refuses a path outside the base', () => expect(() => distFileFor('/other/', '/isk/')).toThrow(/outside/));
});

describe('servedSize', () => {
  const text = new TextEncoder().encode('<p>Nangarhar province</p>\n'.repeat(200));

  test('compresses text: brotli beats gzip, both far below the raw size, and gzip round-trips', () => {
    const size = servedSize('/a/', text);
    expect(size.raw).toBe(text.length);
    expect(size.gzip).toBeLessThan(size.raw / 10);
    expect(size.brotli).toBeLessThan(size.gzip);
    expect(gunzipSync(gzipSync(text, { level: 6 })).length).toBe(text.length);
  });

  test("serves Pagefind's gzipped files as they are", () => {
    const gzipped = gzipSync(text);
    expect(isPrecompressed('/pagefind/fragment/en_1.pf_fragment')).toBe(true);
    expect(servedSize('/pagefind/fragment/en_1.pf_fragment', gzipped)).toEqual({
      raw: gzipped.length,
      gzip: gzipped.length,
      brotli: gzipped.length,
    });
  });
});

test('breakdown totals by kind and over all', () => {
  const size = (gzip: number) => ({ raw: gzip * 3, gzip, brotli: gzip - 1 });
  const totals = breakdown([
    { pathname: '/', kind: 'html', size: size(100) },
    { pathname: '/a.js', kind: 'js', size: size(10) },
    { pathname: '/b.js', kind: 'js', size: size(20) },
  ]);
  expect(totals.html).toEqual(size(100));
  expect(totals.js).toEqual({ raw: 90, gzip: 30, brotli: 28 });
  expect(totals.css).toBeUndefined();
  expect(totals.total).toEqual({ raw: 390, gzip: 130, brotli: 127 });
});
