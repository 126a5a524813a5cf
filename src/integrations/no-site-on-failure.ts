import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { manifestHash, recordedOutputFiles, unwantedKeptFiles, wasBuiltFrom, type KeptFile } from './previous-site';

/**
 * Where the previous build's site goes while it is deleted: beside the output folder, so moving
 * it there is a rename, not a copy.
 */
export const previousSiteDir = (outDir: string): string => join(dirname(outDir), `.${basename(outDir)}-previous`);

/** Astro's record of the pages its incremental build wrote, in its cache folder. */
const INCREMENTAL_MANIFEST = 'incremental-build.json';
/** Ours beside it: which output folder a finished build wrote from that manifest. */
const BUILT_SITE_RECORD = 'built-site.json';

const readIfThere = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const mtimeOf = (file: string): number | undefined => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/** Moves each file back from the previous site, where it is still there. */
function keepFiles(previous: string, outDir: string, files: readonly string[]): KeptFile[] {
  const kept: KeptFile[] = [];
  const made = new Set<string>();
  for (const file of files) {
    const mtimeMs = mtimeOf(join(previous, file));
    if (mtimeMs === undefined) continue;
    const folder = dirname(join(outDir, file));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    renameSync(join(previous, file), join(outDir, file));
    kept.push({ file, mtimeMs });
  }
  return kept;
}

/** Deletes a file and the folders it leaves empty, up to the output folder. */
function removeWithEmptyFolders(outDir: string, file: string): void {
  rmSync(join(outDir, file), { force: true });
  for (let folder = dirname(join(outDir, file)); folder.startsWith(`${outDir}/`); folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}

/**
 * A failed build leaves no site, so none can be deployed by mistake: not the previous build's,
 * which a problem found before any page is written (a frontmatter's schema) would otherwise leave
 * in place, nor the pages written before a problem found while writing them. `astro build` only
 * (`astro dev` and `astro preview` leave the folder alone): the output folder is emptied when the
 * build starts, and removed if the process then ends in failure.
 *
 * Deleting a large site's files takes seconds (eight for a thousand articles' 13,000 files), so the
 * previous site is moved aside at once and deleted while the build runs; the build waits for it
 * only at its end. Before that, the pages Astro's incremental build will keep as they are come
 * back from it (src/integrations/previous-site.ts), when the previous site is known to be the
 * one the last finished build wrote.
 */
export default function noSiteOnFailure(): AstroIntegration {
  let building = false;
  let removal: Promise<void> = Promise.resolve();
  let outDir = '';
  let manifestFile = '';
  let recordFile = '';
  let kept: KeptFile[] = [];
  return {
    name: 'no-site-on-failure',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        // This integration empties the output folder itself, but for the pages it keeps.
        if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        manifestFile = fileURLToPath(new URL(INCREMENTAL_MANIFEST, config.cacheDir));
        recordFile = fileURLToPath(new URL(BUILT_SITE_RECORD, config.cacheDir));
        const previous = previousSiteDir(outDir);
        // Left by a build that was stopped before it finished deleting it.
        rmSync(previous, { recursive: true, force: true });
        const manifest = readIfThere(manifestFile);
        const keepable = wasBuiltFrom(readIfThere(recordFile), outDir, manifest) ? recordedOutputFiles(manifest!, outDir) : [];
        // Until this build finishes, the output folder is not the site the record describes.
        rmSync(recordFile, { force: true });
        try {
          renameSync(outDir, previous);
          kept = keepFiles(previous, outDir, keepable);
          if (kept.length > 0) logger.info(`${kept.length} file(s) of the previous build kept, for the pages that did not change to reuse`);
          removal = rm(previous, { recursive: true, force: true });
        } catch (error) {
          // No previous site, or one that cannot be moved (a mount point): deleted in place.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(outDir, { recursive: true, force: true });
        }
        process.once('exit', (code) => {
          if (code === 0) return;
          rmSync(outDir, { recursive: true, force: true });
          rmSync(previous, { recursive: true, force: true });
          rmSync(recordFile, { force: true });
        });
      },
      // After the pages are written and Astro's manifest with them; before any step reads the site.
      'astro:build:generated': ({ logger }) => {
        const manifest = kept.length > 0 ? readIfThere(manifestFile) : undefined;
        const unwanted = unwantedKeptFiles(kept, manifest ?? '', outDir, (file) => mtimeOf(join(outDir, file)));
        for (const file of unwanted) removeWithEmptyFolders(outDir, file);
        if (unwanted.length > 0) logger.info(`${unwanted.length} kept file(s) removed: their pages are no longer built`);
      },
      'astro:build:done': async () => {
        await removal;
        const manifest = readIfThere(manifestFile);
        if (manifest !== undefined) writeFileSync(recordFile, JSON.stringify({ outDir, manifestHash: manifestHash(manifest) }));
      },
    },
  };
}
