import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/**
 * Builds the search index into `dist/pagefind/` at the end of every build, so a built site is
 * always searchable. Any error Pagefind reports fails the build.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          failOn('start', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir });
          failOn('index the site', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind found no page with data-pagefind-body to index');
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          failOn('write the index', written.errors);
          logger.info(`indexed ${added.page_count} page(s) into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
