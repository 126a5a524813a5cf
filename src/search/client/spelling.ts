import { findableKeys, stemsOf, wordKey, wordsIn } from './words';

/**
 * Edit distance with a swap of two neighbouring letters counting as one edit (optimal string
 * alignment), the commonest slip in typing a name heard rather than read. Gives up, returning
 * `limit + 1`, as soon as the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforeLast: number[] = [];
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, beforeLast[j - 2]! + 1);
      row.push(cell);
      best = Math.min(best, cell);
    }
    if (best > limit) return limit + 1;
    beforeLast = last;
    last = row;
  }
  return last[b.length]!;
}

/** How far a word may be from the one meant: short words have too many near neighbours for two edits. */
export function allowedDistance(key: string): number {
  if (key.length < 3) return 0;
  return key.length <= 4 ? 1 : 2;
}

export interface Candidate {
  /** The word as the text writes it. */
  word: string;
  distance: number;
  count: number;
  /** Whether it is shorter than the word typed: a reader drops letters far more often than adding them, so "ams" means "aims", not "as". */
  shorter: boolean;
}

/** Nearest first; then a word at least as long as the one typed before a shorter one, however common; then the most used. */
const byLikelihood = (a: Candidate, b: Candidate) =>
  a.distance - b.distance || Number(a.shorter) - Number(b.shorter) || b.count - a.count || a.word.localeCompare(b.word, 'en');

/** Every word the site has indexed, for telling a misspelling from a word and finding what was meant. */
export class Vocabulary {
  readonly #keys: string[];
  readonly #words = new Map<string, { word: string; count: number }>();
  /** Every word's key without each of its endings ("fight" for "fighters"), made on first need. */
  #stems: Set<string> | undefined;

  constructor(words: readonly (readonly [word: string, count: number])[]) {
    for (const [word, count] of words) {
      const key = wordKey(word);
      const known = this.#words.get(key);
      if (!known || count > known.count) this.#words.set(key, { word, count });
    }
    // Pagefind also finds a hyphenated word by its pieces ("Qaida" finds "al-Qaida’s"), so they are no misspellings.
    this.#keys = [...new Set(words.flatMap(([word]) => findableKeys(word)))].sort();
  }

  /** Whether some indexed word starts with `prefix`; sorted keys make this a binary search. */
  #startsAWord(prefix: string): boolean {
    let low = 0;
    let high = this.#keys.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#keys[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return this.#keys[low]?.startsWith(prefix) ?? false;
  }

  /**
   * A word is known when the site has it, when it begins a word the site has (the reader is still
   * typing, and Pagefind matches beginnings), or when it is such a word with an English ending.
   */
  knows(key: string): boolean {
    return key.length < 3 || stemsOf(key).some((stem) => this.#startsAWord(stem));
  }

  /**
   * Whether a typed word is a whole word of the site, to be found as itself and not as the start of
   * longer words: one the site has as typed, or, once the reader has stopped typing it, with other
   * endings ("fighter" when the site has "fighters").
   */
  isWhole(key: string, stillTyping: boolean): boolean {
    if (this.#words.has(key)) return true;
    if (stillTyping) return false;
    this.#stems ??= new Set([...this.#words.keys()].flatMap(stemsOf));
    return stemsOf(key).some((stem) => this.#stems!.has(stem));
  }

  /** The indexed words within the allowed distance of `key`, nearest first, then the most used. */
  closest(key: string): Candidate[] {
    const limit = allowedDistance(key);
    const found: Candidate[] = [];
    for (const [candidate, { word, count }] of this.#words) {
      const distance = editDistance(key, candidate, limit);
      if (distance <= limit) found.push({ word, distance, count, shorter: candidate.length < key.length });
    }
    found.sort(byLikelihood);
    // A word the text uses leads straight to its passages; an alias as near to the typo (count 0,
    // "Nangrahar" beside "Nangarhar") would only lead there too, so it is no rival.
    const nearest = found[0]?.distance;
    return found.filter((candidate) => candidate.count > 0 || candidate.distance !== nearest || found[0]!.count === 0);
  }
}

/**
 * One correction is clearly best when it is nearer than every other, or as near and longer where
 * the other is shorter than the word typed, or as near and as long but used far more often in the
 * text (the reader more likely meant the word the article keeps using).
 */
function clearlyBest(candidates: readonly Candidate[]): boolean {
  const [best, next] = candidates;
  if (!best) return false;
  if (!next || next.distance > best.distance || next.shorter !== best.shorter) return true;
  return best.count >= 5 * Math.max(next.count, 1);
}

export interface SpellingCheck {
  /** The query with every unknown word replaced by its clearly best correction; `null` when none was. */
  corrected: string | null;
  /** Whole queries to offer as "Did you mean …" when some unknown word has several close corrections. */
  suggestions: string[];
}

/** At most this many "Did you mean" queries: more would be guessing. */
const MAX_SUGGESTIONS = 3;

function replaceWords(query: string, replacements: ReadonlyMap<number, string>): string {
  let result = '';
  let from = 0;
  for (const word of wordsIn(query)) {
    const replacement = replacements.get(word.start);
    if (replacement === undefined) continue;
    result += query.slice(from, word.start) + replacement;
    from = word.end;
  }
  return result + query.slice(from);
}

/**
 * Checks each word of a query against the vocabulary. Unknown words with one clearly best
 * correction are corrected; when any has several close ones, the query is left as typed and the
 * closest readings are offered instead. Quotes and everything else the reader typed stay put.
 * A last word the reader may still be typing (`stillTyping`) is left alone: it may be the start
 * of a word the site does not have, and a correction would flicker at every keystroke.
 */
export function checkSpelling(query: string, vocabulary: Vocabulary, { stillTyping = false } = {}): SpellingCheck {
  const clear = new Map<number, string>();
  const unclear = new Map<number, Candidate[]>();
  const words = wordsIn(query);
  for (const word of stillTyping ? words.slice(0, -1) : words) {
    if (vocabulary.knows(word.key)) continue;
    const candidates = vocabulary.closest(word.key);
    if (clearlyBest(candidates)) clear.set(word.start, candidates[0]!.word);
    else if (candidates.length > 0) unclear.set(word.start, candidates.slice(0, MAX_SUGGESTIONS));
  }
  if (unclear.size === 0) return { corrected: clear.size > 0 ? replaceWords(query, clear) : null, suggestions: [] };
  const widest = Math.max(...[...unclear.values()].map((candidates) => candidates.length));
  const suggestions = Array.from({ length: widest }, (_, choice) => {
    const replacements = new Map(clear);
    for (const [start, candidates] of unclear) replacements.set(start, candidates[Math.min(choice, candidates.length - 1)]!.word);
    return replaceWords(query, replacements);
  });
  return { corrected: null, suggestions: [...new Set(suggestions)] };
}
