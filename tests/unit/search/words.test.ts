import { expect, test } from 'vitest';
import { keysOf, phrasesIn, withoutQuotes, wordKey, wordsIn } from '@/search/client/words';

test('a word’s key ignores case, accents, a possessive and inner punctuation', () => {
  expect(['Nangarhar', 'NANGARHÁR', 'IS-K’s', "al-Qaida's", 'Hazāra'].map(wordKey)).toEqual(['nangarhar', 'nangarhar', 'isk', 'alqaida', 'hazara']);
});

test('words hold together across inner hyphens and apostrophes, and keep their places', () => {
  expect(wordsIn('IS-K’s rank-and-file (2015)')).toEqual([
    { text: 'IS-K’s', key: 'isk', start: 0, end: 6 },
    { text: 'rank-and-file', key: 'rankandfile', start: 7, end: 20 },
    { text: '2015', key: '2015', start: 22, end: 26 },
  ]);
});

test('quoted phrases of two words or more are found in straight and curly quotes', () => {
  expect(phrasesIn('"tribal areas" Kabul “Islamic State” "alone"')).toEqual([
    ['tribal', 'areas'],
    ['islamic', 'state'],
  ]);
  expect(keysOf('no quotes here')).toEqual(['no', 'quotes', 'here']);
});

test('Pagefind is given the words without the quotes', () => {
  expect(withoutQuotes('“Islamic State” "core"')).toBe('Islamic State   core');
});
