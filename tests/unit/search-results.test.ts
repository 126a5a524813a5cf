import { describe, expect, test } from 'vitest';
import { excerptParts, hitsFromResults, type PagefindResultData } from '../../src/lib/search-results';

describe('excerptParts', () => {
  test('separates marked words from the text around them', () => {
    expect(excerptParts('districts of <mark>Nangarhar</mark> province')).toEqual([
      { text: 'districts of ', marked: false },
      { text: 'Nangarhar', marked: true },
      { text: ' province', marked: false },
    ]);
  });

  test('turns escaped markup back into plain text, never into elements', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; and <mark>&amp;</mark> &#8217;&#x2019;');
    expect(parts.map((part) => part.text).join('')).toBe('<img src=x onerror=alert(1)> and & ’’');
    expect(parts.filter((part) => part.marked)).toEqual([{ text: '&', marked: true }]);
  });

  test('leaves unknown entities as they are', () => {
    expect(excerptParts('a &bogus; b')).toEqual([{ text: 'a &bogus; b', marked: false }]);
  });
});

describe('hitsFromResults', () => {
  const page = (subs: NonNullable<PagefindResultData['sub_results']>): PagefindResultData => ({
    url: '/articles/a/',
    excerpt: 'page excerpt',
    meta: { title: 'The article' },
    sub_results: subs,
  });

  test('gives one hit per matching question, best scored first', () => {
    const hits = hitsFromResults([
      page([
        { title: 'Weak', url: '/articles/a/#weak', excerpt: 'w', weighted_locations: [{ balanced_score: 1 }] },
        { title: 'Strong', url: '/articles/a/#strong', excerpt: 's', weighted_locations: [{ balanced_score: 3 }, { balanced_score: 2 }] },
      ]),
    ]);
    expect(hits.map((hit) => hit.url)).toEqual(['/articles/a/#strong', '/articles/a/#weak']);
    expect(hits[0]?.pageTitle).toBe('The article');
  });

  test('falls back to the page itself when it has no questions', () => {
    expect(hitsFromResults([page([])])).toEqual([
      { title: 'The article', pageTitle: 'The article', url: '/articles/a/', excerpt: 'page excerpt' },
    ]);
  });

  test('stops at the limit', () => {
    const subs = Array.from({ length: 12 }, (_, index) => ({ title: `Q${index}`, url: `/a/#q${index}`, excerpt: '' }));
    expect(hitsFromResults([page(subs)], 5)).toHaveLength(5);
  });
});
