/**
 * The site at N articles: the real interview plus N − 1 synthetic ones, written into a temporary
 * content folder (removed afterwards, never committed), built once, then searched with the same
 * queries as the real site.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { syntheticArticle, wordsOf } from '../lib/synthetic.ts';
import { serveStatic } from '../lib/static-server.ts';
import { servedSize } from '../lib/weight.ts';
import { LEXICON_PATH } from '../../src/shared/paths.ts';
import { timedBuild, type BuildRun } from './build.ts';
import { searchTimings, type SearchResults } from './search.ts';

const INTERVIEW = 'content/articles/what-is-isis-k.mdx';

export interface ScalePoint extends BuildRun {
  n: number;
  distBytes: number;
  indexBytes: number;
  /** The search lexicon, compressed as served: it grows with the site's vocabulary. */
  lexiconBytes: number;
  search: SearchResults['summary'];
}

/** The search lexicon of a built site, gzip. */
export const lexiconBytes = (dir: string): number => servedSize(LEXICON_PATH, readFileSync(join(dir, LEXICON_PATH))).gzip;

/** Bytes of every file under a folder, as a host stores them. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function writeContent(root: string, n: number): string {
  const articles = join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  copyFileSync(INTERVIEW, join(articles, 'what-is-isis-k.mdx'));
  const bank = wordsOf(readFileSync(INTERVIEW, 'utf8').split('\n---\n')[1] ?? '');
  for (let index = 1; index < n; index++) {
    const article = syntheticArticle(index, bank);
    writeFileSync(join(articles, `${article.slug}.mdx`), article.mdx);
  }
  return join(root, 'content');
}

export async function scalePoint(n: number, browser: Browser, port: number, queries: readonly string[]): Promise<ScalePoint> {
  const root = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
  try {
    const outDir = join(root, 'dist');
    const build = timedBuild(outDir, { CONTENT_DIR: writeContent(root, n) });
    const site = await serveStatic(outDir, port);
    try {
      const search = await searchTimings(browser, site, outDir, queries);
      return { n, ...build, distBytes: folderBytes(outDir), indexBytes: folderBytes(join(outDir, 'pagefind')), lexiconBytes: lexiconBytes(outDir), search: search.summary };
    } finally {
      await site.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
