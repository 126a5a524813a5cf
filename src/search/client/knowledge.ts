import type { Lexicon, LexiconContents, LexiconName } from '@/search/lexicon';
import { LEXICON_PATHS } from '@/shared/paths';
import { lexiconPartOf } from './lexicon-parts';
import { Vocabulary } from './spelling';

type Words = Lexicon['words'];

/** What search knows beyond Pagefind's index: the names' other forms, and the indexed words. */
export interface SearchKnowledge {
  names: readonly LexiconName[];
  /**
   * A vocabulary that answers for these keys (whether each is a word, or begins one), or, with
   * `everyWord`, for any key: finding what a misspelling meant needs every word.
   */
  vocabulary(keys: readonly string[], everyWord?: boolean): Promise<Vocabulary>;
}

/** The whole lexicon at hand: in Node, and wherever a test gives it. */
export function knowledgeOf(lexicon: Lexicon): SearchKnowledge {
  const vocabulary = Promise.resolve(new Vocabulary(lexicon.words));
  return { names: lexicon.names, vocabulary: () => vocabulary };
}

/** Fetches one of the lexicon's files, by its path below the base. */
export type LexiconFetch = (path: string) => Promise<unknown>;

/**
 * The lexicon as the browser loads it: its contents first, then only the parts a query's words
 * begin like, and every word once a word needs correcting. A file that fails to load is asked
 * for again next time.
 */
export async function lexiconKnowledge(fetchFile: LexiconFetch): Promise<SearchKnowledge> {
  const contents = (await fetchFile(LEXICON_PATHS.contents)) as LexiconContents;
  const known = new Set(contents.parts);
  const parts = new Map<string, Promise<Words>>();
  let everyWord: Promise<Vocabulary> | undefined;
  /** Starts a download, and forgets it if it fails, so the next search asks again. */
  const forgottenOnFailure = <T>(loading: Promise<T>, forget: () => void): Promise<T> => {
    loading.catch(forget);
    return loading;
  };
  const part = (name: string): Promise<Words> => {
    if (!parts.has(name)) parts.set(name, forgottenOnFailure(fetchFile(LEXICON_PATHS.part(name)) as Promise<Words>, () => parts.delete(name)));
    return parts.get(name)!;
  };
  const loadEveryWord = () => (fetchFile(LEXICON_PATHS.everyWord) as Promise<Words>).then((words) => new Vocabulary(words));
  return {
    names: contents.names,
    async vocabulary(keys, wantsEveryWord = false) {
      if (wantsEveryWord || everyWord) {
        everyWord ??= forgottenOnFailure(loadEveryWord(), () => (everyWord = undefined));
        return everyWord;
      }
      // A part the lexicon does not have holds no words: nothing to fetch.
      const names = [...new Set(keys.map(lexiconPartOf))].filter((name) => known.has(name));
      return new Vocabulary((await Promise.all(names.map(part))).flat());
    },
  };
}
