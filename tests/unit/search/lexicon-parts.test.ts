import { describe, expect, test } from 'vitest';
import { knowledgeOf, lexiconKnowledge } from '@/search/client/knowledge';
import { lexiconPartOf } from '@/search/client/lexicon-parts';
import { stemsOf, wordKey } from '@/search/client/words';
import { buildLexicon, splitLexicon } from '@/search/lexicon';
import { LEXICON_PATHS } from '@/shared/paths';
import { readArticleTexts, readNames } from '../../support/content';

const lexicon = buildLexicon(
  readArticleTexts().flatMap((article) => article.sections.map((section) => section.text)),
  readNames().map((entry) => entry.data),
);

/** The lexicon's files as the build writes them, and every path asked for. */
function servedLexicon(source = lexicon) {
  const { contents, parts, lengths } = splitLexicon(source);
  const files = new Map<string, unknown>([
    [LEXICON_PATHS.contents, contents],
    ...[...parts].map(([part, words]): [string, unknown] => [LEXICON_PATHS.part(part), words]),
    ...[...lengths].map(([length, words]): [string, unknown] => [LEXICON_PATHS.length(length), words]),
  ]);
  const asked: string[] = [];
  const fetchFile = async (path: string) => {
    asked.push(path);
    if (!files.has(path)) throw new Error(`${path}: not served`);
    return structuredClone(files.get(path));
  };
  return { asked, fetchFile, parts };
}

test.each([
  ['nangarhar', 'na'],
  ['isk', 'is'],
  ['a', 'a'],
  ['1400', '14'],
  ['ça', '_e7a'],
])('the part of “%s” is “%s”, a name any address can carry', (key, part) => {
  expect(lexiconPartOf(key)).toBe(part);
});

test('a hyphenated word is in the part of each piece, as Pagefind finds it by each', () => {
  const { parts } = splitLexicon(buildLexicon(['al-Qaida’s fighters'], []));
  expect(parts.get('al')?.map(([word]) => word)).toEqual(['al-Qaida']);
  expect(parts.get('qa')?.map(([word]) => word)).toEqual(['al-Qaida']);
  expect(parts.get('fi')?.map(([word]) => word)).toEqual(['fighters']);
});

describe('a query’s words are judged from their parts alone as from every word', async () => {
  const whole = await knowledgeOf(lexicon).vocabulary([]);
  // Every word of the interview, each cut short as a reader mid-typing leaves it, with other endings, and some typos.
  const keys = [...new Set(lexicon.words.flatMap(([word]) => [wordKey(word), ...stemsOf(wordKey(word))]))];
  const typed = [...keys, ...keys.map((key) => key.slice(0, 3)), ...keys.map((key) => `${key}s`), 'nangahar', 'talibn', 'qaida', 'zxqwv'];
  test(`over ${typed.length} typed words`, async () => {
    const { fetchFile } = servedLexicon();
    const knowledge = await lexiconKnowledge(fetchFile);
    for (const key of typed) {
      const fromParts = await knowledge.vocabulary([key]);
      expect([key, fromParts.knows(key), fromParts.isWhole(key, false), fromParts.isWhole(key, true)]).toEqual([key, whole.knows(key), whole.isWhole(key, false), whole.isWhole(key, true)]);
    }
  });
});

test('the first search fetches the contents and the parts its words begin like; a correction, the words of the lengths near its own, once', async () => {
  const { asked, fetchFile } = servedLexicon();
  const knowledge = await lexiconKnowledge(fetchFile);
  expect(asked).toEqual([LEXICON_PATHS.contents]);
  await knowledge.vocabulary(['nangarhar', 'kabul']);
  expect(asked.slice(1).sort()).toEqual([LEXICON_PATHS.part('ka'), LEXICON_PATHS.part('na')]);
  await knowledge.vocabulary(['nangarhar']);
  expect(asked).toHaveLength(3);
  // Two edits are allowed in a word of eight letters: its correction has from six to ten.
  const near = await knowledge.vocabulary(['nangahar'], ['nangahar']);
  expect(near.closest('nangahar')[0]?.word).toBe('Nangarhar');
  const lengthsAsked = () => asked.filter((path) => path.includes('/lengths/')).sort();
  expect(lengthsAsked()).toEqual([6, 7, 8, 9, 10].map(LEXICON_PATHS.length).sort());
  await knowledge.vocabulary(['taliban'], ['talibn']);
  expect(lengthsAsked()).toEqual([4, 5, 6, 7, 8, 9, 10].map(LEXICON_PATHS.length).sort());
});

describe('a misspelling finds the same corrections among the lengths near it as among every word', async () => {
  const whole = await knowledgeOf(lexicon).vocabulary([]);
  const typos = lexicon.words.flatMap(([word]) => {
    const key = wordKey(word);
    return key.length < 3 ? [] : [key.slice(1), `${key}x`, `${key.slice(0, -2)}${key.at(-1)}${key.at(-2)}`, `x${key.slice(2)}`];
  });
  test(`over ${typos.length} typos`, async () => {
    const knowledge = await lexiconKnowledge(servedLexicon().fetchFile);
    for (const typo of typos) expect([typo, (await knowledge.vocabulary([typo], [typo])).closest(typo)]).toEqual([typo, whole.closest(typo)]);
  });
});

test('a part no word begins like is not asked for, and a part that failed is asked for again', async () => {
  const served = servedLexicon();
  let failNext = true;
  const knowledge = await lexiconKnowledge(async (path) => {
    if (path === LEXICON_PATHS.part('ka') && failNext) {
      failNext = false;
      throw new Error('offline');
    }
    return served.fetchFile(path);
  });
  expect((await knowledge.vocabulary(['zxqwv'])).knows('zxqwv')).toBe(false);
  expect(served.asked).not.toContain(LEXICON_PATHS.part('zx'));
  await expect(knowledge.vocabulary(['kabul'])).rejects.toThrow('offline');
  expect((await knowledge.vocabulary(['kabul'])).isWhole('kabul', false)).toBe(true);
});
