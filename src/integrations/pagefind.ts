import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { articlePath } from '@/shared/paths';

function stopOnPagefindErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/**
 * Pagefind also writes its own ready-made search interfaces; this site has its own, so no page
 * loads them, and they would only add some 400 KB to every deploy.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/**
 * Builds the search index into `dist/pagefind/` at the end of every build, so a built site is
 * always searchable. Any error Pagefind reports fails the build. The log line gives the time
 * indexing took, which the benchmark reads.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          stopOnPagefindErrors('start', errors);
          if (!index) throw new Error('Pagefind returned no index');
          // Only article pages hold text to index (data-pagefind-body); giving Pagefind the share
          // pages too, five to an article, would only have it read them to find nothing.
          const added = await index.addDirectory({ path: outDir, glob: `${articlePath('*')}index.html` });
          stopOnPagefindErrors('index the site', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind found no page with data-pagefind-body to index');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          stopOnPagefindErrors('write the index', written.errors);
          await Promise.all(UNUSED_UI_FILES.map((file) => rm(`${outDir}/pagefind/${file}`, { force: true })));
          logger.info(`indexed ${added.page_count} page(s) into pagefind/ in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
