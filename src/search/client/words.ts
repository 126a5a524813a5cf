/**
 * How search reads words, the same at build time (the vocabulary) and in the browser (the query),
 * so that a word the reader types can be compared with the words the site holds.
 */

/**
 * A word as written: letters and digits, held together by inner hyphens and apostrophes ("IS-K’s",
 * "al-Qaida"), and a number by its separators ("1,400", "3.5"), as Pagefind holds them.
 */
const WORD = /[\p{L}\p{N}]+(?:(?:[-‐'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

export interface WordAt {
  /** The word as written. */
  text: string;
  /** Its key: see {@link wordKey}. */
  key: string;
  /** Where it starts and ends in the text it came from. */
  start: number;
  end: number;
}

/**
 * The form two words are compared in: case, diacritics, a possessive ending and inner
 * punctuation ignored, so "Nangarhar", "nangarhar", "IS-K’s" and "ISK" read as one would search
 * them. Hyphens go rather than split the word because Pagefind also indexes "IS-K" as "isk".
 */
export function wordKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text, in order, with their keys and places. */
export function wordsIn(text: string): WordAt[] {
  return [...text.matchAll(WORD)].map((found) => ({
    text: found[0],
    key: wordKey(found[0]),
    start: found.index,
    end: found.index + found[0].length,
  }));
}

/** Endings Pagefind's stemming sees past ("fighting" finds "fighters"), each with what takes its place. */
const ENDINGS: readonly [ending: string, replacement: string][] = [
  ['ing', ''],
  ['ers', ''],
  ['ies', 'y'],
  ['es', ''],
  ['ed', ''],
  ['er', ''],
  ['ly', ''],
  ['s', ''],
  ['d', ''],
];

/** A key and what it is without each English ending it may have: "fighters" is also "fight" and "fighter". */
export function stemsOf(key: string): string[] {
  const stems = [key];
  for (const [ending, replacement] of ENDINGS) {
    const stem = key.slice(0, -ending.length) + replacement;
    if (key.endsWith(ending) && stem.length >= 3) stems.push(stem);
  }
  return stems;
}

/** Whether two keys are one word with other endings: "fighter" and "fighters", "ally" and "allies", but not "bees" and "been". */
export function sameWord(a: string, b: string): boolean {
  const stems = stemsOf(b);
  return stemsOf(a).some((stem) => stems.includes(stem));
}

/**
 * Whether a typed word finds a word of the text: the same word, or, while it may be the start of a
 * longer one (`whole` false), any word it begins. A word joined by hyphens is also found by its
 * parts, as Pagefind finds "US-led" by "led".
 */
export function finds(typed: string, word: string, whole = false): boolean {
  return findableKeys(word).some((key) => sameWord(typed, key) || (!whole && key.startsWith(typed)));
}

/** A word's key, and each piece's if it is hyphenated: Pagefind finds "al-Qaida" by "Qaida" too. */
export function findableKeys(word: string): string[] {
  return [wordKey(word), ...(/[-‐]/u.test(word) ? word.split(/[-‐]/u).map(wordKey) : [])];
}

/** The keys of a text's words, in order. */
export const keysOf = (text: string): string[] => wordsIn(text).map((word) => word.key);

/** A query's quoted phrases ("…" or “…”), each as the keys of its words in order. */
export function phrasesIn(query: string): string[][] {
  return [...query.matchAll(/["“”]([^"“”]+)["“”]/gu)]
    .map((found) => keysOf(found[1]!))
    .filter((keys) => keys.length > 1);
}

/**
 * The query as Pagefind is given it: without quotes, because Pagefind's own phrase mode reports
 * only the first place a phrase occurs on a page, and this search wants every question using it.
 */
export const withoutQuotes = (query: string): string => query.replace(/["“”]/gu, ' ').trim();

/** After this long without a keystroke the reader has stopped typing: the last word is then whole, and corrected if need be. */
export const TYPING_PAUSE_MS = 600;

/**
 * A last word still being typed with fewer letters than this is not searched yet: so short a
 * beginning matches a large share of all the site's words, and searching it would fetch that much
 * of the index (tens of kilobytes on a large site) for results the next letter replaces.
 */
export const SHORTEST_PARTIAL_WORD = 3;

/**
 * What of a query to search now: all of it, unless the reader may still be typing its last word
 * and that word is shorter than {@link SHORTEST_PARTIAL_WORD}; then the words before it, which
 * are finished. A short word on its own is searched once the reader finishes or pauses.
 */
export function searchableNow(query: string, stillTyping: boolean): { query: string; stillTyping: boolean } {
  const last = wordsIn(query).at(-1);
  if (!stillTyping || !last || last.key.length >= SHORTEST_PARTIAL_WORD) return { query, stillTyping };
  return { query: query.slice(0, last.start).trimEnd(), stillTyping: false };
}
