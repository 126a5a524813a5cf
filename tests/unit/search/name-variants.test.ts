import { expect, test } from 'vitest';
import { nameVariants } from '@/search/client/name-variants';
import type { LexiconName } from '@/search/lexicon';

const names: LexiconName[] = [
  { name: 'IS-K', inText: ['IS-K', 'ISIS-K', 'Islamic State Khorasan Province'], aliases: ['ISKP'] },
  { name: 'Islamic State', inText: ['Islamic State'], aliases: ['ISIS', 'IS', 'Daesh'] },
  { name: 'Pakistani Taliban (TTP)', inText: ['Pakistani Taliban'], aliases: ['TTP'] },
];

test('a query without names is searched as typed', () => {
  expect(nameVariants('tribal areas', names)).toEqual([{ query: 'tribal areas', renamed: [] }]);
});

test('an alias the text never uses is searched under the text’s form, as a phrase, saying so', () => {
  expect(nameVariants('TTP founders', names)).toEqual([
    { query: '"Pakistani Taliban" founders', renamed: [{ typed: 'TTP', searched: 'Pakistani Taliban' }] },
  ]);
});

test('a form the text uses is searched as typed first, then under the name’s other forms', () => {
  expect(nameVariants('isis-k', names)).toEqual([
    { query: 'isis-k', renamed: [] },
    { query: 'IS-K', renamed: [{ typed: 'isis-k', searched: 'IS-K' }] },
    { query: '"Islamic State Khorasan Province"', renamed: [{ typed: 'isis-k', searched: 'Islamic State Khorasan Province' }] },
  ]);
});

test('a longer form holding what was typed is not searched again: what was typed finds its passages too', () => {
  const taliban: LexiconName[] = [{ name: 'Afghan Taliban', inText: ['Afghan Taliban', 'Taliban'], aliases: [] }];
  expect(nameVariants('Taliban rivals', taliban)).toEqual([{ query: 'Taliban rivals', renamed: [] }]);
  // The other way round, the shorter form finds more than was typed, so it is still searched, saying so.
  expect(nameVariants('Afghan Taliban', taliban)).toEqual([
    { query: '"Afghan Taliban"', renamed: [] },
    { query: 'Taliban', renamed: [{ typed: 'Afghan Taliban', searched: 'Taliban' }] },
  ]);
});

test('an alias the text uses within a longer form is searched as typed', () => {
  const people: LexiconName[] = [
    { name: 'Joe Biden', inText: ['Joe Biden'], aliases: ['Biden', 'President Biden'] },
    { name: 'US Military Academy', inText: ['US Military Academy West Point'], aliases: ['West Point', 'Point Academy'] },
  ];
  expect(nameVariants('Biden', people)).toEqual([{ query: 'Biden', renamed: [] }]);
  expect(nameVariants('West Point', people)).toEqual([{ query: '"West Point"', renamed: [] }]);
  // Its words in the text, but not together: searched under the text's form.
  expect(nameVariants('President Biden', people)).toEqual([{ query: '"Joe Biden"', renamed: [{ typed: 'President Biden', searched: 'Joe Biden' }] }]);
  expect(nameVariants('Point Academy', people)[0]!.renamed).toEqual([{ typed: 'Point Academy', searched: 'US Military Academy West Point' }]);
});

test('the longest form wins where forms overlap', () => {
  expect(nameVariants('ISIS-K', names)[0]!.query).toBe('ISIS-K');
  expect(nameVariants('ISIS', names)).toEqual([{ query: '"Islamic State"', renamed: [{ typed: 'ISIS', searched: 'Islamic State' }] }]);
});

test('a two-letter acronym that is also an English word counts only in capitals', () => {
  expect(nameVariants('what is it', names)).toEqual([{ query: 'what is it', renamed: [] }]);
  expect(nameVariants('IS', names)[0]!.renamed).toEqual([{ typed: 'IS', searched: 'Islamic State' }]);
});

test('inside the reader’s own quotes a name is not quoted again', () => {
  expect(nameVariants('"Daesh fighters"', names)[0]!.query).toBe('"Islamic State fighters"');
});

test('several names give every combination, within a limit', () => {
  const variants = nameVariants('TTP ISIS-K Daesh ISIS-K', names);
  expect(variants.length).toBeLessThanOrEqual(8);
  expect(variants[0]).toEqual({
    query: '"Pakistani Taliban" ISIS-K "Islamic State" ISIS-K',
    renamed: [
      { typed: 'TTP', searched: 'Pakistani Taliban' },
      { typed: 'Daesh', searched: 'Islamic State' },
    ],
  });
});

test('a query repeating a name hundreds of times stays within the limit, quickly', () => {
  const names: LexiconName[] = [{ name: 'Afghan Taliban', inText: ['Afghan Taliban', 'Taliban'], aliases: [] }];
  expect(nameVariants('Afghan Taliban '.repeat(300), names)).toHaveLength(8);
});
