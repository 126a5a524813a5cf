import { expect, test } from 'vitest';
import { forgivingSearch, type SearchEngine } from '@/search/client/forgiving-search';
import type { PagefindResultData } from '@/search/client/results';
import { Vocabulary } from '@/search/client/spelling';

const knowledge = {
  vocabulary: new Vocabulary([
    ['Nangarhar', 1],
    ['Pakistani', 1],
    ['Taliban', 3],
    ['TTP', 0],
    ['arms', 1],
    ['aims', 1],
  ]),
  names: [{ name: 'Pakistani Taliban (TTP)', inText: ['Pakistani Taliban'], aliases: ['TTP'] }],
};

/** A stand-in for Pagefind over a page whose one question uses "Nangarhar" and "Pakistani Taliban". */
function engine(): { searched: string[]; search: SearchEngine } {
  const content = 'Intro. Q? In Nangarhar the Pakistani Taliban fought.';
  const searched: string[] = [];
  const search: SearchEngine = async (query) => {
    searched.push(query);
    const words = query.toLowerCase().split(/\s+/);
    if (!words.every((word) => content.toLowerCase().includes(word))) return [];
    const result: PagefindResultData = {
      url: '/a/',
      excerpt: '',
      meta: { title: 'A' },
      content,
      anchors: [{ element: 'h2', text: 'Q?', location: 1 }],
      sub_results: [{ title: 'Q?', url: '/a/#q', excerpt: query, anchor: { element: 'h2', text: 'Q?', location: 1 } }],
    };
    return [result];
  };
  return { searched, search };
}

test('a clear misspelling is searched corrected, and the outcome says what was typed', async () => {
  const { searched, search } = engine();
  const outcome = await forgivingSearch('Nangahar', search, knowledge);
  expect(searched).toEqual(['Nangarhar']);
  expect(outcome.correction).toEqual({ typed: 'Nangahar', corrected: 'Nangarhar' });
  expect(outcome.hits.map((hit) => hit.url)).toEqual(['/a/#q']);
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
      url: '/a/#q',
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
