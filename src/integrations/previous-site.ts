import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Astro's incremental build skips a page whose inputs have not changed and keeps the file already
 * in the output folder, or copies it from its cache when the folder lacks it. Copying a thousand
 * articles' 14,000 unchanged files takes seconds; moving them back from the previous site, which
 * the build has just moved aside, takes a fraction of one. Only files the previous build wrote and
 * recorded in its manifest come back, and only when that manifest is the one the previous site was
 * built with; any of them this build neither keeps nor writes again is deleted before the built
 * site is read.
 */

/** The part of Astro's `incremental-build.json` read here: the file each page was written to. */
interface IncrementalManifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

const isManifest = (value: unknown): value is IncrementalManifest =>
  typeof value === 'object' && value !== null && typeof (value as IncrementalManifest).routes === 'object' && (value as IncrementalManifest).routes !== null;

/**
 * The files, as paths relative to `outDir`, that a manifest's pages were written to (the manifest
 * holds them as URLs relative to the folder's). A manifest of another shape (another Astro
 * version's) yields none, so nothing is kept on a guess; so does a path that would leave the folder.
 */
export function recordedOutputFiles(manifestText: string, outDir: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return [];
  }
  if (!isManifest(manifest)) return [];
  const folder = pathToFileURL(outDir.endsWith(sep) ? outDir : `${outDir}${sep}`);
  const urls = Object.values(manifest.routes).flatMap((route) => Object.values(route?.paths ?? {}).map((path) => path?.outputFile));
  return urls.flatMap((url) => {
    if (typeof url !== 'string') return [];
    const file = relative(outDir, fileURLToPath(new URL(url, folder)));
    return file === '' || isAbsolute(file) || file === '..' || file.startsWith(`..${sep}`) ? [] : [file];
  });
}

/** What a finished build leaves beside Astro's manifest: which site, built from which manifest. */
export interface BuiltSiteRecord {
  outDir: string;
  manifestHash: string;
}

export const manifestHash = (manifestText: string): string => createHash('sha256').update(manifestText).digest('hex');

/** Whether the site in `outDir` is the one a finished build wrote from this manifest. */
export function wasBuiltFrom(recordText: string | undefined, outDir: string, manifestText: string | undefined): boolean {
  if (recordText === undefined || manifestText === undefined) return false;
  try {
    const record = JSON.parse(recordText) as Partial<BuiltSiteRecord>;
    return record.outDir === outDir && record.manifestHash === manifestHash(manifestText);
  } catch {
    return false;
  }
}

/** A file moved back from the previous site, and its modification time then. */
export interface KeptFile {
  file: string;
  mtimeMs: number;
}

/**
 * The kept files this build did not want: not in its own manifest (an article deleted, a question
 * removed) and not written again either (a page that no longer has a cache key is rendered every
 * time and left out of the manifest). `mtimeMs` gives a file's modification time now, undefined
 * when it is gone.
 */
export function unwantedKeptFiles(kept: readonly KeptFile[], manifestText: string, outDir: string, mtimeMs: (file: string) => number | undefined): string[] {
  const recorded = new Set(recordedOutputFiles(manifestText, outDir));
  return kept.filter(({ file, mtimeMs: then }) => !recorded.has(file) && mtimeMs(file) === then).map(({ file }) => file);
}
