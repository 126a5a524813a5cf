import { expect, test } from 'vitest';
import { forgivingSearch, type SearchEngine } from '@/search/client/forgiving-search';
import { knowledgeOf } from '@/search/client/knowledge';
import { pagefindLike } from './pagefind-like';

const knowledge = knowledgeOf({
  words: [
    ['Nangarhar', 1],
    ['Pakistani', 1],
    ['Taliban', 3],
    ['TTP', 0],
    ['arms', 1],
    ['aims', 1],
  ],
  names: [{ name: 'Pakistani Taliban (TTP)', inText: ['Pakistani Taliban'], aliases: ['TTP'] }],
});

/** A stand-in for Pagefind over a page whose one question uses "Nangarhar" and "Pakistani Taliban". */
function engine(content = 'Intro. Q? In Nangarhar the Pakistani Taliban fought.'): { searched: string[]; search: SearchEngine } {
  const searched: string[] = [];
  const search: SearchEngine = async (query) => {
    searched.push(query);
    return pagefindLike(query, { url: '/a/', title: 'A', content });
  };
  return { searched, search };
}

test('a clear misspelling is searched corrected, and the outcome says what was typed', async () => {
  const { searched, search } = engine();
  const outcome = await forgivingSearch('Nangahar', search, knowledge);
  expect(searched).toEqual(['Nangarhar']);
  expect(outcome.correction).toEqual({ typed: 'Nangahar', corrected: 'Nangarhar' });
  expect(outcome.hits.map((hit) => hit.url)).toEqual(['/a/?highlight=Nangarhar#q']);
});

test('asked to search as typed, it does', async () => {
  const { searched, search } = engine();
  const outcome = await forgivingSearch('Nangahar', search, knowledge, { asTyped: true });
  expect(searched).toEqual(['Nangahar']);
  expect(outcome).toMatchObject({ correction: null, hits: [] });
});

test('an unclear misspelling is searched as typed, with readings to offer', async () => {
  const outcome = await forgivingSearch('ams', engine().search, knowledge);
  expect(outcome).toMatchObject({ searched: 'ams', correction: null, suggestions: ['aims', 'arms'] });
});

test('an alias is searched as the text’s name, without quotes, and only the phrase’s passages count', async () => {
  const { searched, search } = engine();
  const outcome = await forgivingSearch('TTP', search, knowledge);
  expect(searched).toEqual(['Pakistani Taliban']);
  expect(outcome.hits).toEqual([
    {
      title: 'Q?',
      pageTitle: 'A',
      url: '/a/?highlight=Pakistani+Taliban#q',
      excerpt: [
        { text: 'Q? In Nangarhar the ', marked: false },
        { text: 'Pakistani Taliban', marked: true },
        { text: ' fought.', marked: false },
      ],
      renamed: [{ typed: 'TTP', searched: 'Pakistani Taliban' }],
    },
  ]);
});

test('without the lexicon it is Pagefind’s own search', async () => {
  const { searched, search } = engine();
  const outcome = await forgivingSearch('TTP', search, null);
  expect(searched).toEqual(['TTP']);
  expect(outcome).toEqual({ hits: [], searched: 'TTP', correction: null, suggestions: [] });
});

test('while the reader may still be typing the last word, it is not corrected, and finds the words it begins', async () => {
  const content = 'Intro. Q? The aims of its armed men.';
  const typing = await forgivingSearch('arm', engine(content).search, knowledge, { stillTyping: true });
  expect(typing.hits.flatMap((hit) => hit.excerpt.filter((part) => part.marked).map((part) => part.text))).toEqual(['armed']);
  const misspelt = await forgivingSearch('Nangahar', engine().search, knowledge, { stillTyping: true });
  expect(misspelt).toMatchObject({ correction: null, suggestions: [], hits: [] });
});

test('a word the site has whole finds itself, not the words it begins, even while typed', async () => {
  const outcome = await forgivingSearch('arms', engine('Intro. Q? Its armsmen and arms.').search, knowledge, { stillTyping: true });
  expect(outcome.hits.map((hit) => new URL(hit.url, 'https://site.example/').searchParams.getAll('highlight'))).toEqual([['arms']]);
});
