import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { reportLine } from '@/integrations/build-cache';
import { syntheticArticle, wordsOf } from '../../bench/lib/synthetic';
import { buildSite } from '../support/build-site';

/**
 * Two articles built three times over one cache folder: from nothing, unchanged, and with one
 * article's author renamed. What each build drew is what it reports (src/integrations/build-cache.ts).
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
function build() {
  const result = buildSite({ outDir, settings });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const image = (slug: string) => readFileSync(join(outDir, 'og', `${slug}.png`));
  return { log: result.stdout, firstImage: image(first!.slug), secondImage: image(second!.slug) };
}

const cold = build();
const warm = build();
const author = /"name": "([^"]+)"/.exec(second!.mdx)![1]!;
writeFileSync(join(articles, `${second!.slug}.mdx`), second!.mdx.replace(`"name": "${author}"`, `"name": "${author} Junior"`));
const edited = build();

test('a first build draws every social image and writes every citation file', () => {
  expect(cold.log).toContain(reportLine('social images', { made: 12, reused: 0 }));
  expect(cold.log).toContain(reportLine('citation files', { made: 4, reused: 0 }));
});

test('an unchanged site draws nothing again, and serves the same images', () => {
  expect(warm.log).toContain(reportLine('social images', { made: 0, reused: 12 }));
  expect(warm.log).toContain(reportLine('citation files', { made: 0, reused: 4 }));
  expect(warm.firstImage.equals(cold.firstImage)).toBe(true);
  expect(warm.secondImage.equals(cold.secondImage)).toBe(true);
});

test('an edited article redraws its own images and files only, and shows the edit', () => {
  expect(edited.log).toContain(reportLine('social images', { made: 6, reused: 6 }));
  expect(edited.log).toContain(reportLine('citation files', { made: 2, reused: 2 }));
  expect(edited.firstImage.equals(cold.firstImage)).toBe(true);
  expect(edited.secondImage.equals(cold.secondImage), 'the renamed author’s card is drawn anew').toBe(false);
});
