import type { Lexicon, LexiconContents, LexiconName } from '@/search/lexicon';
import { LEXICON_PATHS } from '@/shared/paths';
import { lexiconPartOf } from './lexicon-parts';
import { allowedDistance, Vocabulary } from './spelling';

type Words = Lexicon['words'];

/** What search knows beyond Pagefind's index: the names' other forms, and the indexed words. */
export interface SearchKnowledge {
  names: readonly LexiconName[];
  /**
   * A vocabulary that answers for these keys (whether each is a word, or begins one), and finds
   * what each key in `correcting` may have meant: that needs every word as near to it in length
   * as a correction may be.
   */
  vocabulary(keys: readonly string[], correcting?: readonly string[]): Promise<Vocabulary>;
}

/** The whole lexicon at hand: in Node, and wherever a test gives it. */
export function knowledgeOf(lexicon: Lexicon): SearchKnowledge {
  const vocabulary = Promise.resolve(new Vocabulary(lexicon.words));
  return { names: lexicon.names, vocabulary: () => vocabulary };
}

/** Fetches one of the lexicon's files, by its path below the base. */
export type LexiconFetch = (path: string) => Promise<unknown>;

/** The key lengths a correction of `key` may have, within the distance allowed for it. */
const lengthsNear = (key: string): number[] => {
  const distance = allowedDistance(key);
  return Array.from({ length: 2 * distance + 1 }, (_, offset) => key.length - distance + offset);
};

/**
 * The lexicon as the browser loads it: its contents first, then only the parts a query's words
 * begin like, and, for a word that needs correcting, the words of the lengths near its own. Each
 * file is fetched once; one that fails to load is asked for again next time.
 */
export async function lexiconKnowledge(fetchFile: LexiconFetch): Promise<SearchKnowledge> {
  const contents = (await fetchFile(LEXICON_PATHS.contents)) as LexiconContents;
  const [knownParts, knownLengths] = [new Set(contents.parts), new Set(contents.lengths)];
  const files = new Map<string, Promise<Words>>();
  const file = (path: string): Promise<Words> => {
    if (!files.has(path)) {
      const loading = fetchFile(path) as Promise<Words>;
      loading.catch(() => files.delete(path));
      files.set(path, loading);
    }
    return files.get(path)!;
  };
  return {
    names: contents.names,
    async vocabulary(keys, correcting = []) {
      // A part or length the lexicon does not have holds no words: nothing to fetch.
      const paths = [
        ...[...new Set(keys.map(lexiconPartOf))].filter((name) => knownParts.has(name)).map(LEXICON_PATHS.part),
        ...[...new Set(correcting.flatMap(lengthsNear))].filter((length) => knownLengths.has(length)).map(LEXICON_PATHS.length),
      ];
      return new Vocabulary((await Promise.all(paths.map(file))).flat());
    },
  };
}
