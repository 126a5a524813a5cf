import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { forgivingSearch, type SearchOutcome, type SearchSettings } from '@/search/client/forgiving-search';
import type { PagefindResultData } from '@/search/client/results';
import { lexiconKnowledge } from '@/search/client/knowledge';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/**
 * Pagefind's browser script finds its index beside itself (`import.meta.url`) and fetches it;
 * run from `dist/` in Node, those are `file:` addresses, which Node's fetch does not read.
 */
function readFileAddresses(): void {
  const fetchOver = globalThis.fetch;
  if ((fetchOver as { readsFiles?: boolean }).readsFiles) return;
  const reading = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const address = input instanceof Request ? input.url : String(input);
    if (!address.startsWith('file:')) return fetchOver(input, init);
    try {
      return new Response(await readFile(fileURLToPath(address.replace(/[?#].*$/, ''))));
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
  globalThis.fetch = Object.assign(reading, { readsFiles: true }) as typeof fetch;
}

/**
 * The search of a built site, as a reader's browser runs it: the outcome the page then shows, or
 * `null` for a blank query, for which the page shows nothing and searches nothing.
 */
export type BuiltSearch = (query: string, settings?: SearchSettings) => Promise<SearchOutcome | null>;

/**
 * The site's forgiving search over the index and lexicon of the site built in `distDir` (at `/`),
 * run in Node: the built `pagefind.js` with its WebAssembly, set up as `search-ui.ts` sets it up
 * (its options and the number of pages whose results are read are repeated here), then the
 * site's own `forgivingSearch`. What the browser adds to this, showing the outcome, is left to
 * the browser tests.
 */
export async function builtSearch(distDir: URL): Promise<BuiltSearch> {
  const script = new URL('pagefind/pagefind.js', distDir);
  if (!existsSync(script)) throw new Error(`${fileURLToPath(script)} is missing: run \`npm run build\` before the build tests`);
  readFileAddresses();
  const pagefind = (await import(/* @vite-ignore */ script.href)) as PagefindModule;
  await pagefind.options({ baseUrl: '/', noWorker: true });
  // The lexicon's files as the page fetches them, part by part.
  const knowledge = await lexiconKnowledge(async (path) => JSON.parse(await readFile(new URL(path, distDir), 'utf8')));
  const engine = async (query: string) => {
    const found = await pagefind.search(query);
    return Promise.all((found?.results ?? []).slice(0, 6).map((result) => result.data()));
  };
  // One search at a time, as on the page: Pagefind keeps the terms of its latest search for the excerpts.
  let queue: Promise<unknown> = Promise.resolve();
  return (query, settings = {}) => {
    if (query.trim() === '') return Promise.resolve(null);
    const outcome = queue.then(() => forgivingSearch(query.trim(), engine, knowledge, settings));
    queue = outcome.catch(() => undefined);
    return outcome;
  };
}
