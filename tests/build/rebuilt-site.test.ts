/**
 * A publisher's next build, over their last: pages that did not change are kept from the previous
 * site rather than copied again (src/integrations/previous-site.ts), and the rebuilt site must be
 * the one a build from scratch makes, with nothing left of an article deleted in between.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site';
import { distDir } from './dist';

const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const fixtureIds = readdirSync(FIXTURES).map((file) => file.replace(/\.mdx$/, ''));
/** Every file and folder inside `dir`, folders ending in `/`. */
const entriesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => `${join(entry.parentPath, entry.name).slice(dir.length + 1)}${entry.isDirectory() ? '/' : ''}`)
    .sort();
const fromScratch = fileURLToPath(distDir).replace(/\/$/, '');

describe('a rebuild after an article is deleted', () => {
  const work = mkdtempSync(join(tmpdir(), 'rebuilt-site-'));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  let first: ReturnType<typeof buildSite>;
  let second: ReturnType<typeof buildSite>;
  let firstFiles: string[];
  beforeAll(() => {
    cpSync(fileURLToPath(new URL('../../content/', import.meta.url)), contentDir, { recursive: true });
    for (const id of fixtureIds) cpSync(join(FIXTURES, `${id}.mdx`), join(contentDir, 'articles', `${id}.mdx`));
    first = buildSite({ outDir, settings: { CONTENT_DIR: contentDir } });
    firstFiles = first.status === 0 ? entriesIn(outDir) : [];
    // What is left is the content dist/ was built from.
    for (const id of fixtureIds) rmSync(join(contentDir, 'articles', `${id}.mdx`));
    second = buildSite({ outDir, settings: { CONTENT_DIR: contentDir } });
    // Two whole builds on a busy machine.
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('both builds succeed, the first with the articles deleted before the second', () => {
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(second.status, second.stdout + second.stderr).toBe(0);
    for (const id of fixtureIds) expect(firstFiles, `the first build's pages of ${id}`).toContain(`articles/${id}/index.html`);
  });

  test('keeps the unchanged pages’ files from the previous build, and removes the deleted articles’', () => {
    expect(second.stdout).toMatch(/[1-9]\d* file\(s\) of the previous build kept/);
    expect(second.stdout).toMatch(/[1-9]\d* kept file\(s\) removed: their pages are no longer built/);
  });

  test('leaves the site a build from scratch makes, file for file and byte for byte, no folder left empty', () => {
    const expected = entriesIn(fromScratch);
    expect(entriesIn(outDir)).toEqual(expected);
    const differing = expected.filter((file) => !file.endsWith('/') && !readFileSync(join(outDir, file)).equals(readFileSync(join(fromScratch, file))));
    expect(differing).toEqual([]);
  });
});
