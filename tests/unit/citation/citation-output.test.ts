import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { citationItem, citationStyles } from '@/citation/citation';
import { formatReference } from '@/citation/formatting';
import { citationOutputKey, reference } from '@/citation/citation-output';
import { cachedKeys } from '@/integrations/build-cache';
import type { ArticleData } from '@/content/schema';

const article = {
  title: 'A title',
  authors: [{ name: 'Ada Lovelace', affiliation: 'Somewhere' }],
  published: new Date(Date.UTC(2021, 7, 26)),
  publisher: { name: 'The Publisher', url: 'https://example.org/' },
  license: { name: 'Licence', shortName: 'L', url: 'https://example.org/licence' },
} as unknown as ArticleData;
const item = citationItem(article, 'an-article', 'https://example.org/articles/an-article/');

test('a citation file keeps its key, and a new format, text or address gives a new one', () => {
  const key = citationOutputKey('bib', item);
  expect(citationOutputKey('bib', { ...item })).toBe(key);
  expect(citationOutputKey('ris', item)).not.toBe(key);
  expect(citationOutputKey('bib', { ...item, title: 'Another title' })).not.toBe(key);
  expect(citationOutputKey('bib', { ...item, URL: 'https://example.org/elsewhere/' })).not.toBe(key);
});

test('a reference keeps its key for its style, and another style or item gives a new one', () => {
  const key = citationOutputKey('reference apa', item);
  expect(citationOutputKey('reference apa', { ...item })).toBe(key);
  expect(citationOutputKey('reference mla', item)).not.toBe(key);
  expect(citationOutputKey('reference apa', { ...item, author: [{ given: 'Ada', family: 'Byron' }] })).not.toBe(key);
});

test('a reference from the cache is the one Citation.js formats', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'references-'));
  process.env['BUILD_CACHE_DIR'] = folder;
  try {
    for (const style of citationStyles) {
      const formatted = formatReference(item, style);
      expect(await reference(item, style)).toEqual(formatted);
      expect(await reference(item, style), 'read back from the cache').toEqual(formatted);
    }
    expect(cachedKeys('references')).toHaveLength(citationStyles.length);
  } finally {
    delete process.env['BUILD_CACHE_DIR'];
    rmSync(folder, { recursive: true, force: true });
  }
});
