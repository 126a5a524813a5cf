import { describe, expect, test } from 'vitest';
import { finds, keysOf, phrasesIn, sameWord, searchableNow, withoutQuotes, wordKey, wordsIn } from '@/search/client/words';

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

test('a number holds together across its separators, as Pagefind holds it, but not across a full stop or comma before a space', () => {
  expect(wordsIn('over 1,400 of them, 3.5 million in 2019. 60').map((word) => [word.text, word.key])).toEqual([
    ['over', 'over'],
    ['1,400', '1400'],
    ['of', 'of'],
    ['them', 'them'],
    ['3.5', '35'],
    ['million', 'million'],
    ['in', 'in'],
    ['2019', '2019'],
    ['60', '60'],
  ]);
});

test('one word with other endings is the same word; a word that only begins alike is not', () => {
  for (const [a, b] of [['fighter', 'fighters'], ['fight', 'fighting'], ['ally', 'allies'], ['province', 'provinces'], ['bee', 'bees']]) expect(sameWord(a!, b!), `${a} ${b}`).toBe(true);
  for (const [a, b] of [['bees', 'been'], ['bee', 'been'], ['afghan', 'afghanistan'], ['isis', 'isisk']]) expect(sameWord(a!, b!), `${a} ${b}`).toBe(false);
});

test('a typed word finds the words it begins until it is whole, and a hyphenated word by its parts', () => {
  expect(finds('afghan', 'Afghanistan’s')).toBe(true);
  expect(finds('afghan', 'Afghanistan’s', true)).toBe(false);
  expect(finds('afghan', 'Afghan-led', true)).toBe(true);
  expect(finds('led', 'US-led,', true)).toBe(true);
  expect(finds('fighter', 'fighters,', true)).toBe(true);
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

describe('searchableNow: what of a query is searched while the reader may still be typing', () => {
  test.each([
    // [typed, still typing, searched now, then still typing]
    ['Nangarhar', true, 'Nangarhar', true],
    ['Nan', true, 'Nan', true],
    ['Na', true, '', false],
    ['Kabul a', true, 'Kabul', false],
    ['Kabul ai', true, 'Kabul', false],
    ['Kabul air', true, 'Kabul air', true],
    ['"Islamic s', true, '"Islamic', false],
    ['Al-', true, '', false],
    ['Al-Q', true, 'Al-Q', true],
  ])('%j, still typing: %j is searched', (typed, stillTyping, query, stillAfter) => {
    expect(searchableNow(typed, stillTyping)).toEqual({ query, stillTyping: stillAfter });
  });

  test('a short word the reader has finished or paused on is searched as it is', () => {
    expect(searchableNow('UN', false)).toEqual({ query: 'UN', stillTyping: false });
    expect(searchableNow('Kabul a', false)).toEqual({ query: 'Kabul a', stillTyping: false });
  });
});
