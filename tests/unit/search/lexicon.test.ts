import { expect, test } from 'vitest';
import { buildLexicon } from '@/search/lexicon';

test('counts every word once under its usual spelling, most frequent first', () => {
  const lexicon = buildLexicon(['The group’s fighters. The group left Kabul.', 'Kabul’s airport; the GROUP.'], []);
  expect(lexicon.words).toEqual([
    ['group', 3],
    ['the', 3],
    ['Kabul', 2],
    ['airport', 1],
    ['fighters', 1],
    ['left', 1],
  ]);
});

test('adds the names’ aliases as words the text does not use, and keeps every form of each name', () => {
  const name = { name: 'Pakistani Taliban (TTP)', inText: ['Pakistani Taliban'], aliases: ['TTP', 'Tehrik-i-Taliban Pakistan'] };
  const lexicon = buildLexicon(['the Pakistani Taliban'], [name]);
  expect(lexicon.words).toContainEqual(['TTP', 0]);
  expect(lexicon.words).toContainEqual(['Tehrik-i-Taliban', 0]);
  expect(lexicon.words).toContainEqual(['Taliban', 1]);
  expect(lexicon.names).toEqual([name]);
});
