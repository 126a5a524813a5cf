import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { splitIndexChunks } from '@/search/index-chunks';
import { mapInFlight } from './in-flight';
import { articlePath } from '@/shared/paths';

function stopOnPagefindErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/**
 * Pagefind also makes its own ready-made search interfaces; this site has its own, so no page
 * loads them, and they would only add some 400 KB to every deploy.
 */
const isUnusedInterface = (path: string) => /^pagefind-(|modular-|component-)ui\.(js|css)$/.test(path);

/** Files written at a time: a large site's index is thousands, more than a process may hold open. */
const FILES_IN_FLIGHT = 64;

/** Indexes the built article pages into `outDir/pagefind/`, and says in how long. */
async function writeIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    stopOnPagefindErrors('start', errors);
    if (!index) throw new Error('Pagefind returned no index');
    // Only article pages hold text to index (data-pagefind-body); giving Pagefind the share pages
    // too, five to an article, would only have it read them to find nothing.
    const added = await index.addDirectory({ path: outDir, glob: `${articlePath('*')}index.html` });
    stopOnPagefindErrors('index the site', added.errors);
    if (added.page_count === 0) throw new Error('Pagefind found no page with data-pagefind-body to index');
    const made = await index.getFiles();
    stopOnPagefindErrors('make the index files', made.errors);
    const files = splitIndexChunks(made.files.filter((file) => !isUnusedInterface(file.path)));
    await mapInFlight(files, FILES_IN_FLIGHT, async ({ path, content }) => {
      const file = join(outDir, 'pagefind', path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    });
    logger.info(`indexed ${added.page_count} page(s) into pagefind/ in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the search index into `dist/pagefind/` in every build, so a built site is always
 * searchable. Any error Pagefind reports fails the build. The log line gives the time indexing
 * took, which the benchmark reads. Indexing starts as soon as the pages are written and runs in
 * Pagefind's own process while the build's other steps after the pages run in this one; the build
 * waits for it when this integration's turn comes to finish, so it comes after every step that can
 * run beside it (no page links into `pagefind/`).
 */
export default function pagefindIndex(): AstroIntegration {
  let indexing: Promise<void> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        indexing = writeIndex(fileURLToPath(dir), logger);
        // Its failure is reported when the build waits for it, not as an unhandled rejection before.
        indexing.catch(() => {});
      },
      'astro:build:done': async () => {
        await indexing;
      },
    },
  };
}
