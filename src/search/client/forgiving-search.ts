import type { SearchKnowledge } from './knowledge';
import { nameVariants } from './name-variants';
import { rankHits, rankedHits, type PagefindResultData, type SearchHit } from './results';
import { checkSpelling, type SpellingCheck, type Vocabulary } from './spelling';
import { keysOf, phrasesIn, withoutQuotes } from './words';

/** Runs one Pagefind search and returns the data of its results; one search at a time. */
export type SearchEngine = (query: string) => Promise<PagefindResultData[]>;

export interface SearchOutcome {
  hits: SearchHit[];
  /** The query whose results are shown: the reader's, or its clear correction. */
  searched: string;
  /** Set when the results are for a correction: the reader may search for what they typed instead. */
  correction: { typed: string; corrected: string } | null;
  /** Closest readings of a query with an unclear misspelling, for "Did you mean …". */
  suggestions: string[];
}

export interface SearchSettings {
  /** Search exactly what was typed, without correction. */
  asTyped?: boolean;
  /**
   * The reader may still be typing the query's last word: it is not corrected yet, and finds the
   * words it begins unless the site has it as a whole word. Otherwise (submitted, paused, or
   * followed by a space) it finds itself, with other endings, and is corrected if need be.
   */
  stillTyping?: boolean;
}

/** The words the lexicon knows for these keys; none if its files failed to load, so search goes on as Pagefind alone. */
const vocabularyFor = (knowledge: SearchKnowledge, keys: readonly string[], correcting: readonly string[] = []): Promise<Vocabulary | null> =>
  knowledge.vocabulary(keys, correcting).catch(() => null);

/** A query's spelling, checked against the words its own begin like; only a word the site lacks needs the words near it in length, to find what was meant. */
async function spellingOf(query: string, knowledge: SearchKnowledge, stillTyping: boolean): Promise<SpellingCheck> {
  const checked = stillTyping ? keysOf(query).slice(0, -1) : keysOf(query);
  let vocabulary = await vocabularyFor(knowledge, checked);
  const unknown = vocabulary ? checked.filter((key) => !vocabulary!.knows(key)) : [];
  if (unknown.length > 0) vocabulary = await vocabularyFor(knowledge, checked, unknown);
  return vocabulary ? checkSpelling(query, vocabulary, { stillTyping }) : { corrected: null, suggestions: [] };
}

/**
 * Search that forgives: a clear misspelling is corrected (unless `asTyped`), every name is
 * looked for under all the forms the articles use for it, quoted phrases and the question a
 * query is about rank first, and a whole word finds that word, not others that begin like it.
 * Without `knowledge` (its files failed to load) this is Pagefind's own search, ranked the same way.
 */
export async function forgivingSearch(
  query: string,
  engine: SearchEngine,
  knowledge: SearchKnowledge | null,
  { asTyped = false, stillTyping = false }: SearchSettings = {},
): Promise<SearchOutcome> {
  const spelling = knowledge && !asTyped ? await spellingOf(query, knowledge, stillTyping) : { corrected: null, suggestions: [] };
  const searched = spelling.corrected ?? query;
  const variants = knowledge ? nameVariants(searched, knowledge.names) : [{ query: searched, renamed: [] }];
  const vocabulary = knowledge ? await vocabularyFor(knowledge, variants.flatMap((variant) => keysOf(variant.query))) : null;
  const typing = stillTyping ? keysOf(searched).at(-1) : undefined;
  const isWhole = (key: string) => vocabulary?.isWhole(key, key === typing) ?? false;
  const found = [];
  for (const variant of variants) {
    const hits = rankedHits(await engine(withoutQuotes(variant.query)), variant.query, { renamed: variant.renamed, isWhole });
    // Under a name the reader did not type, only the passages using that name are theirs.
    const theirs = variant.renamed.length > 0 && phrasesIn(variant.query).length > 0 ? hits.filter((hit) => hit.phrase) : hits;
    found.push(...theirs);
  }
  return {
    hits: rankHits(found),
    searched,
    correction: spelling.corrected === null ? null : { typed: query, corrected: spelling.corrected },
    suggestions: spelling.suggestions,
  };
}
