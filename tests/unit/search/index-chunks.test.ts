import { gzipSync, gunzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chunkRanges, groupWords, splitIndexChunks, type PagefindFile } from '@/search/index-chunks';
import { SHORTEST_PARTIAL_WORD } from '@/search/client/words';
import { beginningsSplitAcrossChunks, indexChunks, wordsOf, type IndexFiles } from '../../support/pagefind-index';
import { readArticleTexts } from '../../support/content';

const word = (text: string, bytes = 10) => ({ word: text, bytes });
const wordsIn = (chunks: { word: string }[][]) => chunks.map((chunk) => chunk.map((entry) => entry.word));

describe('grouping words into chunks', () => {
  test.each([
    ['a chunk closes once it holds enough', ['apple', 'banana', 'cherry'], 10, 3, [['apple'], ['banana'], ['cherry']]],
    ['below the size, words stay together', ['apple', 'banana', 'cherry'], 100, 3, [['apple', 'banana', 'cherry']]],
    ['words sharing their first letters stay together past the size', ['tal', 'tale', 'talisman', 'tap', 'ter'], 10, 3, [['tal', 'tale', 'talisman'], ['tap'], ['ter']]],
    ['letters are counted by character, not byte', ['çaa', 'çab', 'çba'], 10, 2, [['çaa', 'çab'], ['çba']]],
    ['a word shorter than the shared letters differs from its longer neighbour', ['ta', 'tal', 'tale'], 10, 3, [['ta'], ['tal', 'tale']]],
  ])('%s', (_, words, chunkBytes, shared, expected) => {
    expect(wordsIn(groupWords(words.map((text) => word(text)), chunkBytes, shared))).toEqual(expected);
  });

  test('no word is lost or repeated, and no chunk is empty', () => {
    const words = ['ab', 'abc', 'abd', 'b', 'ba', 'bab', 'babe', 'c'].map((text) => word(text, 7));
    const chunks = groupWords(words, 12, 2);
    expect(chunks.flat()).toEqual(words);
    expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
  });
});

test.each([
  ['the first chunk starts at its first word', [['apple', 'apricot']], [{ from: 'apple', to: 'apricot' }]],
  ['a chunk starts one letter past what its first word shares with the word before', [['abc', 'abo'], ['abr', 'ad']], [{ from: 'abc', to: 'abo' }, { from: 'abr', to: 'ad' }]],
  ['with nothing shared, one letter', [['apple'], ['banana']], [{ from: 'apple', to: 'apple' }, { from: 'b', to: 'banana' }]],
  ['a chunk ends at its last word whole', [['zebra'], ['zed', 'zeppelin']], [{ from: 'zebra', to: 'zebra' }, { from: 'zed', to: 'zeppelin' }]],
])('chunk ranges: %s', (_, chunks, expected) => {
  expect(chunkRanges(chunks)).toEqual(expected);
});

describe('splitting the index Pagefind writes', () => {
  let written: PagefindFile[];
  beforeAll(async () => {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    const texts = readArticleTexts().map((article) => article.sections.map((section) => section.text).join('\n'));
    for (const [at, content] of [...texts, 'Talisman tales of the Taliban, tapestry and territory; terror, terrorism, terrorists.'].entries()) {
      await index!.addCustomRecord({ url: `/page-${at}/`, content, language: 'en', meta: { title: `Page ${at}` } });
    }
    written = (await index!.getFiles()).files;
  });
  afterAll(() => pagefind.close());

  const filesOf = (files: readonly PagefindFile[]): IndexFiles => ({ read: (path) => files.find((file) => file.path === path)?.content });
  const CHUNK_BYTES = 400;

  test('keeps every word with its entry, in order, in many more chunks', () => {
    const before = indexChunks(filesOf(written));
    const after = indexChunks(filesOf(splitIndexChunks(written, CHUNK_BYTES)));
    expect(after.flatMap((chunk) => chunk.entries)).toEqual(before.flatMap((chunk) => chunk.entries));
    expect(after.length).toBeGreaterThan(before.length * 5);
  });

  test('finds every word a beginning of three letters or more begins in the one chunk the search fetches for it', () => {
    const after = indexChunks(filesOf(splitIndexChunks(written, CHUNK_BYTES)));
    expect(after.flatMap(wordsOf).filter((word) => /^ta/.test(word)).length).toBeGreaterThan(3);
    expect(beginningsSplitAcrossChunks(after, SHORTEST_PARTIAL_WORD)).toEqual([]);
  });

  test('fills each chunk but the last to the size asked before cutting it', () => {
    const after = indexChunks(filesOf(splitIndexChunks(written, CHUNK_BYTES)));
    const encoded = (entries: unknown[][]) => entries.reduce((sum, entry) => sum + encode(entry).length, 0);
    for (const chunk of after.slice(0, -1)) expect(encoded(chunk.entries), chunk.from).toBeGreaterThanOrEqual(CHUNK_BYTES);
  });

  test('names the new metadata in the entry file, and leaves no chunk unnamed', () => {
    const files = splitIndexChunks(written, CHUNK_BYTES);
    const named = new Set(indexChunks(filesOf(files)).map((chunk) => `index/${chunk.hash}.pf_index`));
    expect(files.filter((file) => file.path.startsWith('index/')).map((file) => file.path).sort()).toEqual([...named].sort());
    expect(files.filter((file) => file.path.endsWith('.pf_meta'))).toHaveLength(1);
  });

  test('changes nothing in the metadata but the chunks, and no other file', () => {
    const files = splitIndexChunks(written, CHUNK_BYTES);
    const metaOf = (set: readonly PagefindFile[]) => decode(gunzipSync(set.find((file) => file.path.endsWith('.pf_meta'))!.content).subarray(12)) as unknown[];
    expect(metaOf(files).filter((_, part) => part !== 2)).toEqual(metaOf(written).filter((_, part) => part !== 2));
    const untouched = written.filter((file) => !file.path.startsWith('index/') && !file.path.endsWith('.pf_meta') && file.path !== 'pagefind-entry.json');
    expect(untouched.length).toBeGreaterThan(3);
    for (const file of untouched) expect(files.find((kept) => kept.path === file.path)?.content, file.path).toEqual(file.content);
  });

  test('a chunk in a format this code does not know fails the build, naming the file', () => {
    const chunk = written.find((file) => file.path.startsWith('index/'))!;
    // The same value, but its number written in more bytes than it needs: it would not encode back the same.
    const unknownFormat = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x81, 0x81, 0x83, 0x61, 0x61, 0x80, 0x19, 0x00, 0x01])]));
    const altered = written.map((file) => (file === chunk ? { ...file, content: unknownFormat } : file));
    expect(() => splitIndexChunks(altered)).toThrow(new RegExp(`pagefind/${chunk.path}: its CBOR does not encode back.*update that file`));
    const unsigned = written.map((file) => (file === chunk ? { ...file, content: gzipSync(Buffer.from(encode([[]]))) } : file));
    expect(() => splitIndexChunks(unsigned)).toThrow(`pagefind/${chunk.path}: it does not begin with Pagefind’s signature`);
  });
});
