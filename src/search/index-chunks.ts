/**
 * Pagefind's word index in smaller chunks. A search fetches, for each word, the one chunk whose
 * range holds it. Pagefind 1.6 cuts its chunks at 20,000 word locations, some 30 KB compressed,
 * and has no setting for it: on a site of a thousand interviews a word shared by a few pages costs
 * a first search as much as the rest of the index it fetches. This regroups the same words into
 * chunks of about {@link CHUNK_BYTES}, so that word costs a few kilobytes.
 *
 * A chunk is cut only between words whose first {@link SHORTEST_PARTIAL_WORD} letters differ: a
 * beginning of that length, the shortest the site searches while a word is typed, then always
 * finds all the words it begins in the one chunk the search fetches for it. Pagefind's own chunks
 * promise no such thing.
 *
 * Only the grouping changes. Every word's entry, the pages list and the rest of the metadata are
 * Pagefind's own, decoded and encoded again byte for byte; a file that would not come back the same
 * (a format this code does not know) fails the build rather than ship an index Pagefind misreads.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { SHORTEST_PARTIAL_WORD } from '@/search/client/words';

/** A file Pagefind wrote, by its path inside `pagefind/`. */
export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

/** What a chunk holds at most, in encoded bytes, unless its words share their first letters. */
export const CHUNK_BYTES = 8_000;

/** Pagefind's compressed files hold this before their CBOR, so it can tell whether the browser already decompressed them. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** One word's entry in a chunk: the word, then what Pagefind keeps of it, which this code leaves alone. */
type WordEntry = [word: string, ...rest: unknown[]];
/** A chunk's entry in the metadata: the range of words it holds, and its file's hash. */
type ChunkEntry = [from: string, to: string, hash: string];

class IndexFormatError extends Error {
  constructor(path: string, what: string) {
    super(
      `pagefind/${path}: ${what}. Pagefind's index format is not the one src/search/index-chunks.ts knows (Pagefind ~1.6); ` +
        'update that file for the installed Pagefind, or pin the version it knows.',
    );
  }
}

function unpack(file: PagefindFile): unknown {
  const bytes = gunzipSync(file.content);
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new IndexFormatError(file.path, 'it does not begin with Pagefind’s signature');
  const cbor = bytes.subarray(SIGNATURE.length);
  const value: unknown = decode(cbor);
  if (!Buffer.from(encode(value)).equals(cbor)) throw new IndexFormatError(file.path, 'its CBOR does not encode back to the same bytes');
  return value;
}

const pack = (value: unknown): Uint8Array => gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });

const isWordEntry = (entry: unknown): entry is WordEntry => Array.isArray(entry) && typeof entry[0] === 'string';
const isChunkEntry = (entry: unknown): entry is ChunkEntry => Array.isArray(entry) && entry.length === 3 && entry.every((part) => typeof part === 'string');

/** The first `count` letters of a word, counted as Pagefind counts them: by character, not byte. */
const opening = (word: string, count: number) => Array.from(word).slice(0, count).join('');

/**
 * Words in index order, grouped into chunks: a chunk closes once it holds `chunkBytes` or more,
 * before the next word that does not share its first `sharedLetters` letters with the word before.
 */
export function groupWords<Word extends { word: string; bytes: number }>(words: readonly Word[], chunkBytes: number, sharedLetters: number): Word[][] {
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let bytes = 0;
  for (const word of words) {
    const previous = chunk.at(-1);
    if (previous && bytes >= chunkBytes && opening(previous.word, sharedLetters) !== opening(word.word, sharedLetters)) {
      chunks.push(chunk);
      [chunk, bytes] = [[], 0];
    }
    chunk.push(word);
    bytes += word.bytes;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Each chunk's range, as Pagefind's search reads it: it fetches the first chunk with `from ≤ term ≤
 * to`. `to` is the chunk's last word. `from` is its first word cut one letter past what it shares
 * with the chunk before's last word, as Pagefind cuts it, so a beginning of that first word still
 * sorts into this chunk and not the one before.
 */
export function chunkRanges(chunks: readonly (readonly string[])[]): { from: string; to: string }[] {
  return chunks.map((words, index) => {
    const [first, last] = [words[0]!, words.at(-1)!];
    const before = chunks[index - 1]?.at(-1);
    if (before === undefined) return { from: first, to: last };
    const [a, b] = [Array.from(before), Array.from(first)];
    let shared = 0;
    while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
    return { from: b.slice(0, shared + 1).join(''), to: last };
  });
}

/** A short name for a file's bytes, as Pagefind names its own: the language, then as much of the hash as keeps names apart. */
function fileName(language: string, content: Uint8Array, taken: Set<string>, shortest: number): string {
  const hash = createHash('sha256').update(content).digest('hex');
  let length = shortest;
  while (taken.has(`${language}_${hash.slice(0, length)}`)) length += 1;
  const name = `${language}_${hash.slice(0, length)}`;
  taken.add(name);
  return name;
}

interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

/** One language's index split: its new metadata and chunks in place of Pagefind's. */
function splitLanguage(files: Map<string, PagefindFile>, language: string, entry: PagefindEntry, chunkBytes: number): void {
  const metaPath = `pagefind.${entry.languages[language]!.hash}.pf_meta`;
  const metaFile = files.get(metaPath);
  if (!metaFile) throw new IndexFormatError(metaPath, 'pagefind-entry.json names it, but Pagefind did not write it');
  const meta = unpack(metaFile);
  if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !meta[2].every(isChunkEntry)) throw new IndexFormatError(metaPath, 'its third part is not the list of index chunks');
  const words = (meta[2] as ChunkEntry[]).flatMap(([, , hash]) => {
    const path = `index/${hash}.pf_index`;
    const chunk = files.get(path);
    if (!chunk) throw new IndexFormatError(path, 'the metadata names it, but Pagefind did not write it');
    files.delete(path);
    const index = unpack(chunk);
    if (!Array.isArray(index) || index.length !== 1 || !Array.isArray(index[0]) || !index[0].every(isWordEntry)) throw new IndexFormatError(path, 'it is not a list of words');
    return (index[0] as WordEntry[]).map((word) => ({ word: word[0], entry: word, bytes: encode(word).length }));
  });
  const chunks = groupWords(words, chunkBytes, SHORTEST_PARTIAL_WORD);
  const ranges = chunkRanges(chunks.map((chunk) => chunk.map(({ word }) => word)));
  const names = new Set<string>();
  meta[2] = chunks.map((chunk, index) => {
    const content = pack([chunk.map(({ entry }) => entry)]);
    const name = fileName(language, content, names, 7);
    files.set(`index/${name}.pf_index`, { path: `index/${name}.pf_index`, content });
    return [ranges[index]!.from, ranges[index]!.to, name] satisfies ChunkEntry;
  });
  files.delete(metaPath);
  const content = pack(meta);
  const hash = fileName(language, content, new Set(), 10);
  files.set(`pagefind.${hash}.pf_meta`, { path: `pagefind.${hash}.pf_meta`, content });
  entry.languages[language]!.hash = hash;
}

/** Pagefind's files with every language's word index regrouped into smaller chunks; the other files as they were. */
export function splitIndexChunks(written: readonly PagefindFile[], chunkBytes = CHUNK_BYTES): PagefindFile[] {
  const files = new Map(written.map((file) => [file.path, file]));
  const entryFile = files.get('pagefind-entry.json');
  if (!entryFile) throw new IndexFormatError('pagefind-entry.json', 'Pagefind did not write it');
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as PagefindEntry;
  if (typeof entry.languages !== 'object') throw new IndexFormatError('pagefind-entry.json', 'it lists no languages');
  for (const language of Object.keys(entry.languages)) splitLanguage(files, language, entry, chunkBytes);
  files.set('pagefind-entry.json', { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify(entry)) });
  return [...files.values()];
}
