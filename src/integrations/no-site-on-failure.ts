import { renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Where the previous build's site goes while it is deleted: beside the output folder, so moving
 * it there is a rename, not a copy.
 */
export const previousSiteDir = (outDir: string): string => join(dirname(outDir), `.${basename(outDir)}-previous`);

/**
 * A failed build leaves no site, so none can be deployed by mistake: not the previous build's,
 * which a problem found before any page is written (a frontmatter's schema) would otherwise leave
 * in place, nor the pages written before a problem found while writing them. `astro build` only
 * (`astro dev` and `astro preview` leave the folder alone): the output folder is emptied when the
 * build starts, and removed if the process then ends in failure.
 *
 * Deleting a large site's files takes seconds (eight for a thousand articles' 13,000 files), so the
 * previous site is moved aside at once and deleted while the build runs; the build waits for it
 * only at its end.
 */
export default function noSiteOnFailure(): AstroIntegration {
  let building = false;
  let removal: Promise<void> = Promise.resolve();
  return {
    name: 'no-site-on-failure',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        const outDir = fileURLToPath(config.outDir);
        const previous = previousSiteDir(outDir);
        // Left by a build that was stopped before it finished deleting it.
        rmSync(previous, { recursive: true, force: true });
        try {
          renameSync(outDir, previous);
          removal = rm(previous, { recursive: true, force: true });
        } catch (error) {
          // No previous site, or one that cannot be moved (a mount point): deleted in place.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(outDir, { recursive: true, force: true });
        }
        process.once('exit', (code) => {
          if (code === 0) return;
          rmSync(outDir, { recursive: true, force: true });
          rmSync(previous, { recursive: true, force: true });
        });
      },
      'astro:build:done': async () => {
        await removal;
      },
    },
  };
}
