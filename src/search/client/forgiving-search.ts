import { nameVariants } from './name-variants';
import type { LexiconName } from '@/search/lexicon';
import { rankHits, rankedHits, type PagefindResultData, type SearchHit } from './results';
import { checkSpelling, type Vocabulary } from './spelling';
import { keysOf, phrasesIn, withoutQuotes } from './words';

/** Runs one Pagefind search and returns the data of its results; one search at a time. */
export type SearchEngine = (query: string) => Promise<PagefindResultData[]>;

/** What search knows beyond Pagefind's index: the indexed words and the names' other forms. */
export interface SearchKnowledge {
  vocabulary: Vocabulary;
  names: readonly LexiconName[];
}

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

/**
 * Search that forgives: a clear misspelling is corrected (unless `asTyped`), every name is
 * looked for under all the forms the articles use for it, quoted phrases and the question a
 * query is about rank first, and a whole word finds that word, not others that begin like it.
 * Without `knowledge` (its file failed to load) this is Pagefind's own search, ranked the same way.
 */
export async function forgivingSearch(
  query: string,
  engine: SearchEngine,
  knowledge: SearchKnowledge | null,
  { asTyped = false, stillTyping = false }: SearchSettings = {},
): Promise<SearchOutcome> {
  const spelling = knowledge && !asTyped ? checkSpelling(query, knowledge.vocabulary, { stillTyping }) : { corrected: null, suggestions: [] };
  const searched = spelling.corrected ?? query;
  const typing = stillTyping ? keysOf(searched).at(-1) : undefined;
  const isWhole = (key: string) => knowledge?.vocabulary.isWhole(key, key === typing) ?? false;
  const variants = knowledge ? nameVariants(searched, knowledge.names) : [{ query: searched, renamed: [] }];
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
