/**
 * Pagefind's word index as its search reads it, for tests: the chunks named by the metadata, each
 * with its range and words, and the chunk the search fetches for a term.
 */
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

export interface IndexFiles {
  /** A file's bytes by its path inside `pagefind/`, or undefined when there is none. */
  read(path: string): Uint8Array | undefined;
}

export interface IndexChunk {
  from: string;
  to: string;
  hash: string;
  /** Its words' entries, each the word first, as Pagefind encoded them. */
  entries: unknown[][];
  /** The chunk's file as served, compressed. */
  bytes: number;
}

const unpack = (bytes: Uint8Array): unknown => decode(gunzipSync(bytes).subarray('pagefind_dcd'.length));

/** The chunks of the language's index, in the metadata's order. */
export function indexChunks(files: IndexFiles, language = 'en'): IndexChunk[] {
  const entry = JSON.parse(Buffer.from(files.read('pagefind-entry.json')!).toString('utf8')) as { languages: Record<string, { hash: string }> };
  const meta = unpack(files.read(`pagefind.${entry.languages[language]!.hash}.pf_meta`)!) as unknown[];
  return (meta[2] as [string, string, string][]).map(([from, to, hash]) => {
    const bytes = files.read(`index/${hash}.pf_index`)!;
    return { from, to, hash, entries: (unpack(bytes) as unknown[][][])[0]!, bytes: bytes.length };
  });
}

export const wordsOf = (chunk: IndexChunk): string[] => chunk.entries.map((entry) => entry[0] as string);

/** The chunk Pagefind's search fetches for a term: the first whose range holds it. */
export const chunkFor = (chunks: readonly IndexChunk[], term: string): IndexChunk | undefined => chunks.find((chunk) => term >= chunk.from && term <= chunk.to);

/**
 * The beginnings of indexed words, of `shortest` letters or more, whose words are not all in the
 * chunk the search fetches for them: each with the words it misses.
 */
export function beginningsSplitAcrossChunks(chunks: readonly IndexChunk[], shortest: number): { beginning: string; missed: string[] }[] {
  const words = chunks.flatMap(wordsOf);
  const beginnings = new Set(words.flatMap((word) => Array.from({ length: Array.from(word).length - shortest + 1 }, (_, extra) => Array.from(word).slice(0, shortest + extra).join(''))));
  return [...beginnings].flatMap((beginning) => {
    const held = new Set(chunkFor(chunks, beginning)?.entries.map((entry) => entry[0] as string) ?? []);
    const missed = words.filter((word) => word.startsWith(beginning) && !held.has(word));
    return missed.length > 0 ? [{ beginning, missed }] : [];
  });
}
