/**
 * The interview edited as a publisher would, in one build: Markdown images, one beside the article
 * (in the content folder), which goes through Astro's image pipeline, and one from public/, which
 * is served as it is; a new question, which the build names as a new address to register; and a
 * question's anchor renamed, the old one kept under `formerAnchors`. Images without alt text, or
 * from another site, are refused (tests/build/bad-content.test.ts,
 * tests/unit/content/allowed-body.test.ts), and so is an anchor renamed without its former one
 * (tests/build/bad-content.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE_PATH } from '../contract';
import { ARTICLE_FILE, buildWithEditedContent, type ContentBuild } from '../support/temp-content';

/** A 2×1 PNG: small enough to write here, real enough for the image pipeline to convert. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DwHwQBD/IC/lxmv2QAAAAASUVORK5CYII=', 'base64');

const withImages = (source: string) =>
  source.replace(
    /\n---\n\n(.+)\n/,
    '\n---\n\n$1\n\n![A square of bee-coloured pixels](./hive.png)\n\nThe site’s icon: ![The site’s icon, a letter on a square](/favicon.svg)\n',
  );

/** Gives the question anchored at #threat a new anchor, keeping the old one, as an editor tidying the content might. */
const withThreatRenamed = (source: string) => source.replace('  - anchor: threat\n', '  - anchor: danger\n    formerAnchors: [threat]\n');

const withQuestion = (source: string) =>
  `${source.replace(/\n---\n/, '\n  - anchor: one-more\n    text: Is there one more?\n---\n')}\n## Is there one more?\n\nOne.\n`;

describe('an edited article', () => {
  let build: ContentBuild;
  beforeAll(() => {
    build = buildWithEditedContent((contentDir) => {
      writeFileSync(join(contentDir, 'articles', 'hive.png'), PNG);
      const article = join(contentDir, ARTICLE_FILE);
      const source = readFileSync(article, 'utf8');
      const edited = withThreatRenamed(withQuestion(withImages(source)));
      if (!edited.includes('formerAnchors: [threat]') || !edited.includes('hive.png') || !edited.includes('one-more')) throw new Error('an edit changed nothing: the test no longer matches the content');
      writeFileSync(article, edited);
    });
    // A whole build that converts an image: more than the default hook time on a busy machine.
  }, 300_000);

  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('shows the content folder’s image through Astro’s image pipeline, with its alt text and size', () => {
    const image = select('.article-body img[alt="A square of bee-coloured pixels"]', fromHtml(build.articleHtml ?? ''));
    expect(image, 'no image with that alt text').toBeTruthy();
    expect(String(image!.properties['src'])).toMatch(/^\/_astro\/hive\.[\w-]+\.webp$/);
    expect(image!.properties).toMatchObject({ width: 2, height: 1 });
  });

  test('shows the image from public/ at its own address, with its alt text', () => {
    const image = select('.article-body img[alt="The site’s icon, a letter on a square"]', fromHtml(build.articleHtml ?? ''));
    expect(image?.properties['src']).toBe('/favicon.svg');
  });

  test('keeps a renamed anchor’s old one inside its question, so old links still reach it', () => {
    const section = select('section.question:has(h2#danger)', fromHtml(build.articleHtml ?? ''));
    expect(section, 'no question section with the new anchor').toBeTruthy();
    expect(select('#threat', section!), 'the old anchor is not inside the renamed question').toBeTruthy();
  });

  test('names the new question’s addresses and how to register them', () => {
    expect(build.output).toMatch(/address\(es\) this build publishes are new, not yet in .*published-addresses\.json:/);
    expect(build.output).toContain(`  - /${ARTICLE_PATH}#one-more`);
    expect(build.output).toContain(`  - /${ARTICLE_PATH}q/one-more/`);
    expect(build.output).toContain('`npm run addresses` registers them');
  });
});
