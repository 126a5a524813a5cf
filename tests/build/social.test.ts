import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { budgets } from '../../bench/budgets.ts';
import { builtPage, distDir, isSharePage, sites } from './dist';
import { socialTags } from './social';

/** The origin the build used: SITE_URL, or the default the contract documents. */
/** Link previews fetch the image for every share: each card stays small. */
const SOCIAL_IMAGE_MAX_BYTES = 25_000;
const site = (process.env['SITE_URL'] || 'http://localhost:4321').replace(/\/$/, '');
const article = builtPage(`${ARTICLE_PATH}index.html`).tree;
const text = (tree: Root, selector: string) => toString(select(selector, tree)!).replace(/\s+/g, ' ').trim();
const authors = selectAll('.byline-name', article).map((name) => toString(name));
const siteName = text(article, '.site-name');
const published = String(select('.byline time', article)!.properties['dateTime']);

/** The tags a reader's link preview uses, each exactly once; the authors, who may be several, apart. */
function tagsOf(tree: Root): Record<string, string> {
  const tags = socialTags(tree);
  const single = [...tags].filter(([key]) => key !== 'article:author');
  for (const [key, values] of single) expect(values, key).toHaveLength(1);
  return Object.fromEntries(single.map(([key, values]) => [key, values[0]!]));
}
const authorTags = (tree: Root) => socialTags(tree).get('article:author');

/** The image a tag points at, read from dist/: it must be there, a PNG of the size the tags claim, light enough for previews. */
async function expectImage(tags: Record<string, string>) {
  expect(tags['og:image']!.startsWith(`${site}/`), 'absolute, on the site').toBe(true);
  const file = new URL(new URL(tags['og:image']!).pathname.slice(1), distDir);
  expect(existsSync(file), `${tags['og:image']} is in dist/`).toBe(true);
  const png = readFileSync(file);
  expect(png.length, `${tags['og:image']}: bytes`).toBeLessThanOrEqual(SOCIAL_IMAGE_MAX_BYTES);
  const { info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const size = { width: info.width, height: info.height };
  expect(size).toEqual({ width: 1200, height: 630 });
  expect((await sharp(png).metadata()).format).toBe('png');
  expect([tags['og:image:width'], tags['og:image:height']]).toEqual([String(size.width), String(size.height)]);
  expect(tags['og:image:type']).toBe('image/png');
  for (const name of [...authors, siteName]) expect(tags['og:image:alt']).toContain(name);
}

function expectCard(tags: Record<string, string>) {
  expect(tags['og:type']).toBe('article');
  expect(tags['og:site_name']).toBe(siteName);
  expect(tags['twitter:card']).toBe('summary_large_image');
  expect(tags['twitter:image:alt']).toBe(tags['og:image:alt']);
  // X falls back to these Open Graph tags; a twitter: tag of its own could only disagree with them.
  for (const field of ['title', 'description', 'image']) expect(tags[`twitter:${field}`], field).toBeUndefined();
}

test('the article previews with its title, our summary, its image, date and authors', async () => {
  const tags = tagsOf(article);
  expect(tags['og:title']).toBe(text(article, 'h1'));
  expect(tags['og:description']).toBe(text(article, '.summary p'));
  expect(tags['og:description']).toBe(select('meta[name="description"]', article)!.properties['content']);
  expect(tags['og:url']).toBe(`${site}/${ARTICLE_PATH}`);
  expect(tags['og:image:alt']).toContain(tags['og:title']);
  expect(tags['article:published_time']).toBe(published);
  expect(authorTags(article)).toEqual(authors);
  expectCard(tags);
  await expectImage(tags);
});

describe.each(QUESTIONS)('the share page of #$anchor', ({ anchor, text: question }) => {
  const path = `${ARTICLE_PATH}q/${anchor}/`;
  const { tree } = builtPage(`${path}index.html`);
  const tags = tagsOf(tree);
  const answer = selectAll(`section[aria-labelledby="${anchor}"] > p`, article)
    .map((paragraph) => toString(paragraph).replace(/\s+/g, ' ').trim())
    .join(' ');

  test('previews as the question and the start of its answer, with its own image', async () => {
    expect(tags['og:title']).toBe(question);
    expect(tags['og:url']).toBe(`${site}/${path}`);
    expect(tags['og:description']).toBe(select('meta[name="description"]', tree)!.properties['content']);
    expect(tags['og:description']!.length).toBeLessThanOrEqual(160);
    expect(tags['og:description']!.length).toBeGreaterThan(40);
    expect(answer.startsWith(tags['og:description']!.replace(/…$/, '')), 'the description is how the answer begins').toBe(true);
    expect(tags['og:image']).not.toBe(tagsOf(article)['og:image']);
    expect(tags['og:image:alt']).toContain(question);
    expect(tags['article:published_time']).toBe(published);
    expect(authorTags(tree)).toEqual(authors);
    expectCard(tags);
    await expectImage(tags);
  });

  test('shows the question, the start of its answer and the authors, and leads to the full answer', () => {
    expect(text(tree, 'h1')).toBe(question);
    expect(text(tree, 'main')).toContain(tags['og:description']);
    for (const name of authors) expect(text(tree, 'main')).toContain(name);
    const read = selectAll('main a', tree).find((link) => toString(link) === 'Read the full answer in the article');
    expect(read?.properties['href']).toBe(`/${ARTICLE_PATH}#${anchor}`);
  });

  test('names the article as its canonical page and stays out of the search index', () => {
    expect(select('link[rel="canonical"]', tree)!.properties['href']).toBe(`${site}/${ARTICLE_PATH}`);
    expect(select('[data-pagefind-body]', tree)).toBeUndefined();
  });

  test('is linked from its question in the article', () => {
    const link = select(`section[aria-labelledby="${anchor}"] details.share a`, article);
    expect(new URL(String(link?.properties['href']), `${site}/${ARTICLE_PATH}`).href).toBe(`${site}/${path}`);
  });
});

describe.each(sites)('the share pages of $name', (site) => {
  const sharePages = site.htmlFiles().filter(isSharePage);
  const stylesheet = (path: string) => toString(select('head style', site.page(path).tree)!);

  test('are there, one at least for each question', () => {
    expect(sharePages.length).toBeGreaterThanOrEqual(site.articles.reduce((sum, article) => sum + article.data.questions.length, 0));
  });

  test.each(sharePages)('%s carries the frame and its own rules, not the article’s stylesheet, and stays light', (path) => {
    const articlePath = path.replace(/q\/[^/]+\/index\.html$/, 'index.html');
    expect(stylesheet(path).length).toBeLessThan(stylesheet(articlePath).length);
    expect(Buffer.byteLength(site.read(path)), budgets.sharePageBytes.label).toBeLessThanOrEqual(budgets.sharePageBytes.max);
  });
});
