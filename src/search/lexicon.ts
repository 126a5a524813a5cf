import { wordKey, wordsIn } from '@/search/client/words';
import { lexiconPartsOfWord } from '@/search/client/lexicon-parts';

/** What search needs to know about the names file: each name with all its forms. */
export interface LexiconName {
  name: string;
  /** The forms the articles use; a search for any form of the name looks for these. */
  inText: string[];
  /** Other names readers use, found in no article. */
  aliases: string[];
}

/**
 * The file the search loads with Pagefind: every indexed word once, as it is usually written,
 * with how often it occurs (most frequent first), and the names with their aliases.
 */
export interface Lexicon {
  words: [word: string, count: number][];
  names: LexiconName[];
}

interface Tally {
  count: number;
  /** How often each spelling of the word occurs. */
  spellings: Map<string, number>;
}

/**
 * A word is shown as the text writes it most often; a capital that is there only because the
 * word starts a sentence loses to the word written in lower case anywhere else.
 */
function usualSpelling(spellings: Map<string, number>): string {
  const ranked = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const lower = ranked.find(([spelling]) => spelling === spelling.toLowerCase());
  return (lower ?? ranked[0]!)[0];
}

/**
 * Builds the lexicon from the indexed texts (every question and answer of every article) and the
 * names. Aliases join the words too, so that a misspelt alias ("Deash") is corrected before it
 * is expanded.
 */
export function buildLexicon(texts: readonly string[], names: readonly LexiconName[]): Lexicon {
  const tallies = new Map<string, Tally>();
  const count = (text: string, weight: number) => {
    for (const word of wordsIn(text)) {
      const spelling = word.text.replace(/['’]s$/u, '');
      const tally = tallies.get(word.key) ?? { count: 0, spellings: new Map() };
      tally.count += weight;
      tally.spellings.set(spelling, (tally.spellings.get(spelling) ?? 0) + 1);
      tallies.set(word.key, tally);
    }
  };
  for (const text of texts) count(text, 1);
  for (const name of names) for (const alias of name.aliases) count(alias, 0);
  const words = [...tallies.values()]
    .map((tally): [string, number] => [usualSpelling(tally.spellings), tally.count])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
  return { words, names: names.map(({ name, inText, aliases }) => ({ name, inText, aliases })) };
}

/** What the first search fetches of the lexicon: the names, and which word parts and key lengths there are. */
export interface LexiconContents {
  names: LexiconName[];
  parts: string[];
  lengths: number[];
}

export interface LexiconFiles {
  contents: LexiconContents;
  /** Each part's words, in the lexicon's order. */
  parts: Map<string, Lexicon['words']>;
  /** Every word again, by the length of its key, in the lexicon's order. */
  lengths: Map<number, Lexicon['words']>;
}

const addTo = <K>(groups: Map<K, Lexicon['words']>, group: K, entry: Lexicon['words'][number]) => {
  const words = groups.get(group) ?? [];
  words.push(entry);
  groups.set(group, words);
};

/** The lexicon as it is served: its words split by how their keys begin (`lexicon-parts.ts`), and by how long they are. */
export function splitLexicon(lexicon: Lexicon): LexiconFiles {
  const parts = new Map<string, Lexicon['words']>();
  const lengths = new Map<number, Lexicon['words']>();
  for (const entry of lexicon.words) {
    for (const part of lexiconPartsOfWord(entry[0])) addTo(parts, part, entry);
    addTo(lengths, wordKey(entry[0]).length, entry);
  }
  return {
    contents: { names: lexicon.names, parts: [...parts.keys()].sort(), lengths: [...lengths.keys()].sort((a, b) => a - b) },
    parts,
    lengths,
  };
}
