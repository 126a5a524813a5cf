import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
 * What this process knows of the cache, on `globalThis` like the tally: cards and references are
 * made ahead by integrations (`made-ahead.ts`) and asked for by the routes, bundled apart.
 */
interface Known {
  /** Entries being read or made now, so two steps asking for one entry at once make it once. */
  inFlight: Map<string, Promise<Uint8Array>>;
  /** Entries this process made: asked for again, they are read back, but were not from the cache. */
  madeHere: Set<string>;
  /** The entries in each kind's folder, listed once a process, with those made since. */
  listings: Map<string, Promise<Set<string>>>;
}
const KNOWN = Symbol.for('research-explainers.build-cache-entries');
const { inFlight, madeHere, listings } = ((globalThis as { [KNOWN]?: Known })[KNOWN] ??= { inFlight: new Map(), madeHere: new Set(), listings: new Map() });

/**
 * Whether the cache holds an entry. Its folder is listed (and made) the first time a kind is asked
 * for: a cold build of thousands of pages then opens no file only to find it missing, and makes no
 * folder again before each entry it writes.
 */
async function holds(file: string): Promise<boolean> {
  const folder = dirname(file);
  let listing = listings.get(folder);
  if (!listing) {
    listing = mkdir(folder, { recursive: true }).then(async () => new Set(await readdir(folder)));
    listings.set(folder, listing);
  }
  return (await listing).has(basename(file));
}

/**
 * The cached bytes for `key`, or `make()`'s, stored for the next build. Asked for again while it
 * is being made, an entry is the same promise.
 */
export function cached(kind: string, key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = join(buildCacheDir(), kind, key);
  let entry = inFlight.get(file);
  if (!entry) {
    entry = readOrMake(kind, file, make).finally(() => inFlight.delete(file));
    inFlight.set(file, entry);
  }
  return entry;
}

/**
 * Starts making the entry if the cache holds none, without reading it: for a step that only wants
 * it ready for a later step, which asks for it with `cached` and finds it made or being made.
 */
export async function makeAhead(kind: string, key: string, make: () => Promise<Uint8Array>): Promise<void> {
  const file = join(buildCacheDir(), kind, key);
  if (inFlight.has(file)) return;
  if (!(await holds(file))) await cached(kind, key, make);
}

async function readOrMake(kind: string, file: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const counts = (tally()[kind] ??= { made: 0, reused: 0, makingMs: 0, inProgress: 0, since: 0 });
  if (await holds(file)) {
    try {
      const bytes = await readFile(file);
      if (!madeHere.has(file)) counts.reused += 1;
      return bytes;
    } catch (error) {
      // Removed since the folder was listed: made again below.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  if (counts.inProgress++ === 0) counts.since = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = await make();
  } finally {
    if (--counts.inProgress === 0) counts.makingMs += performance.now() - counts.since;
  }
  // Written aside and renamed into place, so a build stopped halfway never leaves half a file under a good key.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes).catch(async (error: NodeJS.ErrnoException) => {
    // The folder was removed since it was listed (a long-running dev server outlives a cleared cache).
    if (error.code !== 'ENOENT') throw error;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, bytes);
  });
  await rename(partial, file);
  (await listings.get(dirname(file)))?.add(basename(file));
  madeHere.add(file);
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
