import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * Files derived from an article (social images, citation files), kept between builds so an
 * unchanged article costs nothing the second time. An entry is named by the hash of everything
 * that shapes it, so an entry that no longer matches its inputs is never looked up again: nothing
 * stale can be served, and nothing needs invalidating. The folder is inside `node_modules/`, which
 * `astro build` leaves alone and which a fresh clone or CI simply starts without.
 * `BUILD_CACHE_DIR` moves it (the benchmark's cold builds start from an empty one).
 */
export const buildCacheDir = (): string => process.env['BUILD_CACHE_DIR'] || join('node_modules', '.cache', 'research-explainers');

/** One key for a list of inputs. Each is length-prefixed, so `['ab', 'c']` and `['a', 'bc']` differ. */
export function cacheKey(inputs: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const bytes = typeof input === 'string' ? Buffer.from(input) : input;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * What this build made and what it took from the cache, by kind, and the wall time during which
 * at least one was being made (so files made side by side count once). Kept on `globalThis`: the
 * routes and the integration that reports it are bundled apart but run in one process.
 */
interface Counts {
  made: number;
  reused: number;
  makingMs: number;
  inProgress: number;
  since: number;
}
type Tally = Record<string, Counts>;
const TALLY = Symbol.for('research-explainers.build-cache');
const tally = (): Tally => ((globalThis as { [TALLY]?: Tally })[TALLY] ??= {});

/**
 * A kind's entries, appended to pack files in its folder, one pack a process, rather than a file
 * each: at a thousand articles a cold build made 18,000 entries, and creating files (the file
 * system's search for a free inode) was a tenth of the build's processor time, half of it theirs.
 * A record is the lengths of its key and bytes, then both; one written only in part (a build
 * stopped halfway) is the end of its pack, so half an entry is never served under a good key.
 */
const PACK = '.pack';
const HEADER_BYTES = 6;

interface Location {
  pack: string;
  offset: number;
  length: number;
}

/** Where each entry of a kind is, read from the packs in its folder once a process, with those written since. */
interface KindIndex {
  folder: string;
  entries: Map<string, Location>;
  /** This process's pack for the kind, opened by its first write. */
  own?: { file: string; fd: number; size: number } | undefined;
}

/**
 * What this process knows of the cache, on `globalThis` like the tally: cards and references are
 * made ahead by integrations (`made-ahead.ts`) and asked for by the routes, bundled apart.
 */
interface Known {
  /** Entries being read or made now, so two steps asking for one entry at once make it once. */
  inFlight: Map<string, Promise<Uint8Array>>;
  /** Entries this process made: asked for again, they are read back, but were not from the cache. */
  madeHere: Set<string>;
  /** Each kind's index, by folder. */
  indexes: Map<string, KindIndex>;
  /** Packs open for reading. */
  readers: Map<string, number>;
}
const KNOWN = Symbol.for('research-explainers.build-cache-entries');
const { inFlight, madeHere, indexes, readers } = ((globalThis as { [KNOWN]?: Known })[KNOWN] ??= { inFlight: new Map(), madeHere: new Set(), indexes: new Map(), readers: new Map() });

/** Every whole record in a pack, as far as the first one cut short. */
function readPack(pack: string, entries: Map<string, Location>): void {
  const fd = openSync(pack, 'r');
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(HEADER_BYTES);
    for (let offset = 0; offset + HEADER_BYTES <= size; ) {
      readSync(fd, header, 0, HEADER_BYTES, offset);
      const [keyLength, length] = [header.readUInt16BE(0), header.readUInt32BE(2)];
      const start = offset + HEADER_BYTES + keyLength;
      if (start + length > size) break;
      const key = Buffer.alloc(keyLength);
      readSync(fd, key, 0, keyLength, offset + HEADER_BYTES);
      entries.set(key.toString('utf8'), { pack, offset: start, length });
      offset = start + length;
    }
  } finally {
    closeSync(fd);
  }
}

function indexOf(kind: string): KindIndex {
  const folder = join(buildCacheDir(), kind);
  let index = indexes.get(folder);
  if (!index) {
    index = { folder, entries: new Map() };
    if (existsSync(folder)) for (const name of readdirSync(folder).filter((name) => name.endsWith(PACK)).sort()) readPack(join(folder, name), index.entries);
    indexes.set(folder, index);
  }
  return index;
}

/** An entry's bytes, or nothing if its pack is gone or cut short since it was read (the cache was cleared while the process ran). */
function read({ pack, offset, length }: Location): Uint8Array | undefined {
  let fd = readers.get(pack);
  if (fd === undefined) {
    if (!existsSync(pack)) return undefined;
    readers.set(pack, (fd = openSync(pack, 'r')));
  }
  const bytes = Buffer.alloc(length);
  return readSync(fd, bytes, 0, length, offset) === length ? bytes : undefined;
}

function write(index: KindIndex, key: string, bytes: Uint8Array): void {
  // A long-running dev server outlives a cleared cache: its entries are gone, and its pack is started again.
  if (index.own && !existsSync(index.own.file)) {
    closeSync(index.own.fd);
    index.own = undefined;
    index.entries.clear();
  }
  if (!index.own) {
    mkdirSync(index.folder, { recursive: true });
    const file = join(index.folder, `${process.pid}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}${PACK}`);
    index.own = { file, fd: openSync(file, 'a+'), size: 0 };
    readers.set(file, index.own.fd);
  }
  const keyBytes = Buffer.from(key);
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt16BE(keyBytes.length, 0);
  header.writeUInt32BE(bytes.length, 2);
  const record = Buffer.concat([header, keyBytes, bytes]);
  if (writeSync(index.own.fd, record) !== record.length) {
    // Its pack now ends in half a record, which ends it: the next entry starts a pack of its own.
    index.own = undefined;
    throw new Error(`the build cache could not write a whole entry to ${index.folder} (is the disk full?)`);
  }
  index.entries.set(key, { pack: index.own.file, offset: index.own.size + HEADER_BYTES + keyBytes.length, length: bytes.length });
  index.own.size += HEADER_BYTES + keyBytes.length + bytes.length;
}

/** The keys of every entry of a kind the cache holds. */
export const cachedKeys = (kind: string): string[] => [...indexOf(kind).entries.keys()].sort();

/**
 * The cached bytes for `key`, or `make()`'s, stored for the next build. Asked for again while it
 * is being made, an entry is the same promise.
 */
export function cached(kind: string, key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const id = `${kind}/${key}`;
  let entry = inFlight.get(id);
  if (!entry) {
    entry = readOrMake(kind, key, make).finally(() => inFlight.delete(id));
    inFlight.set(id, entry);
  }
  return entry;
}

/**
 * Starts making the entry if the cache holds none, without reading it: for a step that only wants
 * it ready for a later step, which asks for it with `cached` and finds it made or being made.
 */
export async function makeAhead(kind: string, key: string, make: () => Promise<Uint8Array>): Promise<void> {
  if (inFlight.has(`${kind}/${key}`)) return;
  if (!indexOf(kind).entries.has(key)) await cached(kind, key, make);
}

async function readOrMake(kind: string, key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const counts = (tally()[kind] ??= { made: 0, reused: 0, makingMs: 0, inProgress: 0, since: 0 });
  const id = `${kind}/${key}`;
  const location = indexOf(kind).entries.get(key);
  const found = location && read(location);
  if (found) {
    if (!madeHere.has(id)) counts.reused += 1;
    return found;
  }
  if (counts.inProgress++ === 0) counts.since = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = await make();
  } finally {
    if (--counts.inProgress === 0) counts.makingMs += performance.now() - counts.since;
  }
  write(indexOf(kind), key, bytes);
  madeHere.add(id);
  counts.made += 1;
  return bytes;
}

/** How one kind is reported after the build, `social images: 6 made, 0 from the cache`: tests read it. */
export function reportLine(kind: string, counts: { made: number; reused: number }): string {
  return `${kind}: ${counts.made} made, ${counts.reused} from the cache`;
}

export default function buildCacheReport(): AstroIntegration {
  return {
    name: 'build-cache-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        for (const [kind, counts] of Object.entries(tally())) {
          // The benchmark reads the time: the cold build's cost per image.
          const making = counts.made ? `, making them took ${Math.round(counts.makingMs)} ms of the build` : '';
          logger.info(`${reportLine(kind, counts)}${making} (${buildCacheDir()})`);
        }
      },
    },
  };
}
