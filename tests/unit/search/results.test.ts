import { describe, expect, test } from 'vitest';
import { excerptParts, rankedHits, rankHits, subjectCoverage, type PagefindResultData, type PagefindSubResult } from '@/search/client/results';

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

describe('subjectCoverage', () => {
  test('is the share of a heading the query covers, when the query is all in the heading', () => {
    expect(subjectCoverage('aims tactics', 'What are its aims and tactics?')).toBe(1);
    expect(subjectCoverage('IS-K', 'What is IS-K?')).toBe(1);
    expect(subjectCoverage('threats', 'How much of a threat is IS-K in Afghanistan?')).toBeCloseTo(1 / 3);
  });

  test('is 0 when some word of the query is not in the heading, or the query is only filler', () => {
    expect(subjectCoverage('IS-K Nangarhar', 'What is IS-K?')).toBe(0);
    expect(subjectCoverage('what is', 'What is IS-K?')).toBe(0);
  });
});

/** A page like the interview: an intro, then one heading per question, the words counted as Pagefind counts them. */
const content = 'An intro on Kabul. Q1? The (tribal areas), of Kabul. Q2? Areas that are tribal, and Kabul Kabul.';
const words = content.split(/\s+/);
const at = (word: string) => words.indexOf(word);
const heading = (text: string) => ({ element: 'h2', text, location: at(text) });
const sub = (url: string, title: string, score: number, anchor?: ReturnType<typeof heading>): PagefindSubResult => ({
  title,
  url,
  excerpt: `excerpt of ${title}`,
  weighted_locations: [{ balanced_score: score }],
  ...(anchor ? { anchor } : {}),
});
const page = (subs: PagefindSubResult[]): PagefindResultData => ({
  url: '/a/',
  excerpt: 'page excerpt',
  meta: { title: 'The article' },
  content,
  anchors: [heading('Q1?'), heading('Q2?'), { element: 'span', text: '', location: at('Q2?') + 2 }],
  sub_results: subs,
});
const results = [
  page([
    sub('/a/?highlight=x', 'The article', 9),
    sub('/a/?highlight=x#q1', 'Q1?', 1, heading('Q1?')),
    sub('/a/?highlight=x#q2', 'Q2?', 5, heading('Q2?')),
  ]),
];

describe('rankHits', () => {
  test('puts every question before the top of the page, then the best scored', () => {
    expect(rankHits(rankedHits(results, 'Kabul')).map((hit) => hit.title)).toEqual(['Q2?', 'Q1?', 'The article']);
  });

  test('ranks the question holding a quoted phrase in order above scattered words, and marks the phrase within its question', () => {
    const hits = rankHits(rankedHits(results, '"tribal areas"'));
    expect(hits.map((hit) => hit.title)).toEqual(['Q1?', 'Q2?', 'The article']);
    expect(hits[0]!.excerpt).toEqual([
      { text: 'Q1? The (', marked: false },
      { text: 'tribal areas', marked: true },
      { text: '), of Kabul.', marked: false },
    ]);
    expect(hits[1]!.excerpt).toEqual([{ text: 'excerpt of Q2?', marked: false }]);
  });

  test('puts the question a query is all about first, whatever the scores', () => {
    expect(rankHits(rankedHits(results, 'Q1')).map((hit) => hit.title)[0]).toBe('Q1?');
  });

  test('keeps one hit per place, preferring what was found as typed', () => {
    const renamed = [{ typed: 'TTP', searched: 'Pakistani Taliban' }];
    const hits = rankHits([...rankedHits(results, 'Kabul', renamed), ...rankedHits(results, 'Kabul')]);
    expect(hits).toHaveLength(3);
    expect(hits.every((hit) => hit.renamed.length === 0)).toBe(true);
  });

  test('falls back to the page itself when it has no questions, and stops at the limit', () => {
    expect(rankHits(rankedHits([{ url: '/b/', excerpt: 'b', meta: {} }], 'x'))).toEqual([
      { title: '/b/', pageTitle: '/b/', url: '/b/', excerpt: [{ text: 'b', marked: false }], renamed: [] },
    ]);
    const many = [page(Array.from({ length: 12 }, (_, index) => sub(`/a/#q${index}`, `Q${index}`, index, heading('Q1?'))))];
    expect(rankHits(rankedHits(many, 'x'), 5)).toHaveLength(5);
  });
});
