import { describe, expect, test } from 'vitest';
import { duplicateAnchors, headingSlug, isValidAnchor, questionAliases } from '@/content/anchors';

describe('headingSlug', () => {
  test.each([
    ['Can you tell us a little more about the group’s background?', 'can-you-tell-us-a-little-more-about-the-groups-background'],
    ['What is IS-K?', 'what-is-is-k'],
    ['How much of a threat is IS-K in Afghanistan and to the international community?', 'how-much-of-a-threat-is-is-k-in-afghanistan-and-to-the-international-community'],
  ])('slugs %s as GitHub does', (text, expected) => {
    expect(headingSlug(text)).toBe(expected);
  });
});

describe('questionAliases', () => {
  test('gives the full-question slug when it differs from the anchor', () => {
    expect(questionAliases({ anchor: 'threat', text: 'How much of a threat is IS-K?' })).toEqual(['how-much-of-a-threat-is-is-k']);
  });

  test('gives nothing when the slug is the anchor, so no id is repeated', () => {
    expect(questionAliases({ anchor: 'what-is-is-k', text: 'What is IS-K?' })).toEqual([]);
  });

  test('leaves out a slug the page already uses for a part of its own, whose id wins', () => {
    expect(questionAliases({ anchor: 'citing', text: 'Cite title?' })).toEqual([]);
    expect(questionAliases({ anchor: 'where', text: 'Main?' })).toEqual([]);
  });

  test('keeps every former anchor, so links made before a rename still land', () => {
    expect(questionAliases({ anchor: 'danger', text: 'How much of a threat is IS-K?', formerAnchors: ['threat', 'risk'] })).toEqual([
      'how-much-of-a-threat-is-is-k',
      'threat',
      'risk',
    ]);
  });

  test('never repeats the slug or the anchor itself among the aliases', () => {
    expect(questionAliases({ anchor: 'what-is-is-k', text: 'What is IS-K?', formerAnchors: ['what-is-is-k'] })).toEqual([]);
    expect(questionAliases({ anchor: 'q', text: 'What is IS-K?', formerAnchors: ['what-is-is-k'] })).toEqual(['what-is-is-k']);
  });
});

describe('isValidAnchor', () => {
  test.each(['threat', 'aims-and-tactics', 'q1', 'what-is-is-k'])('accepts %s', (anchor) => {
    expect(isValidAnchor(anchor)).toBe(true);
  });
  test.each(['', 'Threat', 'aims and tactics', 'a--b', '-a', 'a-', 'über', 'a#b', 'a/b', 'a?b'])('refuses %j', (anchor) => {
    expect(isValidAnchor(anchor)).toBe(false);
  });
});

describe('duplicateAnchors', () => {
  test('names each repeated anchor once', () => {
    expect(duplicateAnchors(['a', 'b', 'a', 'c', 'a', 'b'])).toEqual(['a', 'b']);
  });
  test('finds none in distinct anchors', () => {
    expect(duplicateAnchors(['a', 'b', 'c'])).toEqual([]);
  });
});
