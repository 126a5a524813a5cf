/**
 * The site with more than one article: the real content plus the fictional, test-only interviews
 * in `tests/fixtures/articles/` (never in `content/`, never published), so the build-output and
 * browser tests see a site where "the article" is not the only one.
 *
 *   BASE_PATH=/isk/ SITE_URL=https://example.org node tests/support/fixture-site.ts --outDir dist-isk
 *
 * assembles that content folder and runs `astro build` from it with the arguments given (`npm
 * test` builds `dist-isk/` so). Only node: imports, so `tests/run-all.ts` can run it as it is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_ARTICLES_DIR = new URL('../fixtures/articles/', import.meta.url);

/**
 * Where the content is assembled, and Astro's content cache for it: inside the ignored `.astro/`,
 * at fixed places, so the cache stays valid from one run to the next and never mixes with the
 * cache of the site built from `content/`.
 */
const CONTENT_DIR = '.astro/fixture-content';
const CACHE_DIR = '.astro/fixture-cache';

/** Writes the real content with the fixture articles beside its own into `dir`, afresh; returns it. */
export function writeFixtureContent(dir = CONTENT_DIR): string {
  rmSync(dir, { recursive: true, force: true });
  cpSync(new URL('../../content/', import.meta.url), dir, { recursive: true });
  for (const file of readdirSync(FIXTURE_ARTICLES_DIR)) cpSync(fileURLToPath(new URL(file, FIXTURE_ARTICLES_DIR)), `${dir}/articles/${file}`);
  return dir;
}

if (import.meta.main) {
  const env = { ...process.env, CONTENT_DIR: writeFixtureContent(), ASTRO_CACHE_DIR: CACHE_DIR };
  process.exit(spawnSync('npx', ['astro', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env }).status ?? 1);
}
