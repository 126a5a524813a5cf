import { describe, expect, test } from 'vitest';
import { allowedDistance, checkSpelling, editDistance, Vocabulary } from '@/search/client/spelling';

describe('editDistance', () => {
  test.each([
    ['nangarhar', 'nangarhar', 0],
    ['nangahar', 'nangarhar', 1],
    ['hazzara', 'hazara', 1],
    ['uzbekstan', 'uzbekistan', 1],
    ['kabul', 'kbaul', 1],
    ['taliban', 'tailban', 1],
    ['sikh', 'hiks', 2],
    ['', 'isk', 3],
  ])('%s → %s is %i edits (a swap of neighbours is one; s…h to h…s two)', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  test('gives up past the limit', () => {
    expect(editDistance('afghanistan', 'pakistan', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

test('short words are held to one edit, and the shortest to none', () => {
  expect([allowedDistance('is'), allowedDistance('imu'), allowedDistance('sikh'), allowedDistance('kabul')]).toEqual([0, 1, 1, 2]);
});

describe('Vocabulary', () => {
  const vocabulary = new Vocabulary([
    ['the', 90],
    ['Nangarhar', 1],
    ['Nangrahar', 0],
    ['fighters', 4],
    ['Hazara', 1],
    ['Kabul', 3],
    ['cable', 2],
    ['al-Qaida', 1],
  ]);

  test('knows its words whatever their case and accents, their beginnings, their English endings, and a hyphenated word’s parts', () => {
    for (const key of ['nangarhar', 'hazara', 'nang', 'fighter', 'fighting', 'kabuls', 'qaida']) expect(vocabulary.knows(key), key).toBe(true);
    for (const key of ['nangahar', 'hazzara', 'kabol']) expect(vocabulary.knows(key), key).toBe(false);
  });

  test('finds the nearest words first, and a word of the text over an alias as near', () => {
    expect(vocabulary.closest('nangahar').map((candidate) => candidate.word)).toEqual(['Nangarhar']);
    expect(vocabulary.closest('kabol')).toEqual([{ word: 'Kabul', distance: 1, count: 3, shorter: false }]);
  });

  test('knows a whole word: as the site has it, and with other endings once the reader has stopped typing it', () => {
    expect(vocabulary.isWhole('kabul', true)).toBe(true);
    expect(vocabulary.isWhole('fighter', true)).toBe(false);
    expect(vocabulary.isWhole('fighter', false)).toBe(true);
    expect(vocabulary.isWhole('nang', false)).toBe(false);
  });
});

describe('checkSpelling', () => {
  const vocabulary = new Vocabulary([
    ['Nangarhar', 1],
    ['province', 2],
    ['Hazara', 1],
    ['Sikh', 1],
    ['areas', 2],
    ['arms', 1],
    ['aims', 1],
  ]);

  test('corrects a word with one clearly best reading, keeping the rest of the query as typed', () => {
    expect(checkSpelling('“Nangahar provinse”', vocabulary)).toEqual({ corrected: '“Nangarhar province”', suggestions: [] });
  });

  test('ignores case and accents when comparing', () => {
    expect(checkSpelling('HAZZÁRA', vocabulary).corrected).toBe('Hazara');
  });

  test('leaves known words, words being typed and words with no near reading alone', () => {
    expect(checkSpelling('Nangarhar prov', vocabulary)).toEqual({ corrected: null, suggestions: [] });
    expect(checkSpelling('zebra', vocabulary)).toEqual({ corrected: null, suggestions: [] });
  });

  test('offers every close reading when none is clearly best', () => {
    expect(checkSpelling('ams', vocabulary)).toEqual({ corrected: null, suggestions: ['aims', 'arms'] });
  });

  test('prefers a word as long as the one typed over a far more frequent shorter one', () => {
    const common = new Vocabulary([
      ['as', 50],
      ['aims', 2],
      ['the', 90],
      ['threat', 4],
    ]);
    expect(checkSpelling('ams', common)).toEqual({ corrected: 'aims', suggestions: [] });
    expect(checkSpelling('thret', common)).toEqual({ corrected: 'threat', suggestions: [] });
  });

  test('leaves a last word the reader may still be typing alone, and corrects it once they stop', () => {
    expect(checkSpelling('Nangahar provinse', vocabulary, { stillTyping: true })).toEqual({ corrected: 'Nangarhar provinse', suggestions: [] });
    expect(checkSpelling('ams', vocabulary, { stillTyping: true })).toEqual({ corrected: null, suggestions: [] });
    expect(checkSpelling('ams', vocabulary, { stillTyping: false }).suggestions).toEqual(['aims', 'arms']);
  });

  test('offers whole queries, with the clear corrections made', () => {
    expect(checkSpelling('Nangahar ams', vocabulary).suggestions).toEqual(['Nangarhar aims', 'Nangarhar arms']);
  });
});
