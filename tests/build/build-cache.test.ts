import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { citationStyles } from '@/citation/citation';
import { reportLine } from '@/integrations/build-cache';
import { syntheticArticle, wordsOf } from '../../bench/lib/synthetic';
import { buildSite } from '../support/build-site';

/**
 * Two articles built four times over one cache folder: from nothing; unchanged, when Astro's
 * incremental build reuses every page and file of theirs; unchanged with that build's record
 * ignored (`--force`, as after a change to the site's code), when every route runs and finds
 * its images and files in the cache; and with one article's author renamed. What each build drew
 * is what it reports (src/integrations/build-cache.ts).
 */
const work = mkdtempSync(join(tmpdir(), 'build-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const articles = join(work, 'content', 'articles');
mkdirSync(articles, { recursive: true });
const bank = wordsOf(readFileSync('content/articles/what-is-isis-k.mdx', 'utf8'));
const [first, second] = [syntheticArticle(1, bank), syntheticArticle(2, bank)];
for (const article of [first!, second!]) writeFileSync(join(articles, `${article.slug}.mdx`), article.mdx);

const outDir = join(work, 'dist');
const settings = { CONTENT_DIR: join(work, 'content'), BUILD_CACHE_DIR: join(work, 'cache') };
function build(force = false) {
  const result = buildSite({ outDir, settings, force });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const image = (slug: string) => readFileSync(join(outDir, 'og', `${slug}.png`));
  const page = (slug: string) => readFileSync(join(outDir, 'articles', slug, 'index.html'), 'utf8');
  return { log: result.stdout, firstImage: image(first!.slug), secondImage: image(second!.slug), firstPage: page(first!.slug) };
}

const cold = build();
const warm = build();
const forced = build(true);
const author = /"name": "([^"]+)"/.exec(second!.mdx)![1]!;
writeFileSync(join(articles, `${second!.slug}.mdx`), second!.mdx.replace(`"name": "${author}"`, `"name": "${author} Junior"`));
const edited = build();
// A names file now names a group of the first article, whose own file is unchanged.
const group = first!.title.split(' ')[0]!;
writeFileSync(join(work, 'content', 'names.yaml'), `- id: the-group\n  name: ${group}\n  kind: group\n  inText: [${group}]\n`);
const named = build();

/** Each article's page gives its reference in every style the site offers. */
const references = 2 * citationStyles.length;

test('a first build draws every social image and writes every citation file and reference', () => {
  expect(cold.log).toContain(reportLine('social images', { made: 12, reused: 0 }));
  expect(cold.log).toContain(reportLine('citation files', { made: 4, reused: 0 }));
  expect(cold.log).toContain(reportLine('references', { made: references, reused: 0 }));
});

/** How many of a kind a build made: none when its routes did not run at all. */
const made = (log: string, kind: string) => Number(new RegExp(`${kind}: (\\d+) made`).exec(log)?.[1] ?? 0);

test('an unchanged site makes none of its pages and files again, checks no page again, and serves the same images', () => {
  expect(made(cold.log, 'page checks')).toBeGreaterThanOrEqual(2 * 6);
  expect(made(warm.log, 'page checks')).toBe(0);
  expect(made(warm.log, 'social images')).toBe(0);
  expect(made(warm.log, 'citation files')).toBe(0);
  expect(made(warm.log, 'references')).toBe(0);
  // Astro's log marks each page or file it took from its last build, rather than made.
  expect(warm.log.match(/\((cached|restored)\)$/gm)?.length).toBeGreaterThanOrEqual(12 + 4 + 2);
  expect(warm.firstImage.equals(cold.firstImage)).toBe(true);
  expect(warm.secondImage.equals(cold.secondImage)).toBe(true);
});

test('when every route runs again, the images, files and references come from the cache, the same', () => {
  expect(forced.log).toContain(reportLine('social images', { made: 0, reused: 12 }));
  expect(forced.log).toContain(reportLine('citation files', { made: 0, reused: 4 }));
  expect(forced.log).toContain(reportLine('references', { made: 0, reused: references }));
  expect(forced.firstImage.equals(cold.firstImage)).toBe(true);
  expect(forced.secondImage.equals(cold.secondImage)).toBe(true);
});

test('an edited article redraws its own images and files only, and shows the edit', () => {
  expect(made(edited.log, 'social images')).toBe(6);
  expect(made(edited.log, 'citation files')).toBe(2);
  expect(made(edited.log, 'references')).toBe(references / 2);
  // Its page and share pages are new HTML, validated and read again; the other article's are not.
  expect(made(edited.log, 'page checks')).toBeGreaterThanOrEqual(6);
  expect(made(edited.log, 'page checks')).toBeLessThan(made(cold.log, 'page checks') - 6);
  expect(edited.firstImage.equals(cold.firstImage)).toBe(true);
  expect(edited.secondImage.equals(cold.secondImage), 'the renamed author’s card is drawn anew').toBe(false);
});

test('a change to the names file makes the pages of the articles it names again', () => {
  expect(edited.firstPage).not.toContain('class="reader-aids');
  expect(named.firstPage).toMatch(new RegExp(`<aside class="reader-aids[^]*${group}`));
});
