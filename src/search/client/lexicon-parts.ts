import { findableKeys } from './words';

/**
 * The lexicon's words are split by the first two letters of their keys, so a search fetches only
 * the words that begin like the ones it was given. Everything a query's word needs to be told
 * apart from a misspelling begins like it: the words it begins, and those it is with other
 * endings (`stemsOf` keeps at least three letters). A hyphenated word is also in the parts of its
 * pieces, since Pagefind finds "al-Qaida" by "Qaida".
 */
const PART_LETTERS = 2;

/** The part holding the words whose key begins like `key`, as a name safe in any address: letters and digits as they are, anything else by its code point. */
export function lexiconPartOf(key: string): string {
  return [...key]
    .slice(0, PART_LETTERS)
    .map((letter) => (/^[a-z0-9]$/u.test(letter) ? letter : `_${letter.codePointAt(0)!.toString(16)}`))
    .join('');
}

/** Every part a word belongs in: its key's, and each hyphenated piece's. */
export function lexiconPartsOfWord(word: string): string[] {
  return [...new Set(findableKeys(word).filter((key) => key !== '').map(lexiconPartOf))];
}
