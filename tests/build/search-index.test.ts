import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { distDir } from './dist';

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
  anchors: { element: string; id: string; text: string }[];
}

/** Pagefind's fragments are gzipped JSON behind a fixed signature. */
function fragments(): Fragment[] {
  const dir = new URL('pagefind/fragment/', distDir);
  return readdirSync(dir).map((name) => {
    const bytes = gunzipSync(readFileSync(new URL(name, dir)));
    return JSON.parse(bytes.toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment;
  });
}

describe('the search index in dist/pagefind', () => {
  test('is there with its script and its highlighter', () => {
    for (const file of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json']) {
      expect(existsSync(new URL(`pagefind/${file}`, distDir)), file).toBe(true);
    }
  });

  test("leaves out Pagefind's ready-made search interfaces, which no page loads", () => {
    const names = readdirSync(new URL('pagefind/', distDir));
    expect(names.filter((name) => /-ui\.(js|css)$/.test(name))).toEqual([]);
  });

  test('holds the interview only, titled, with its text', () => {
    const pages = fragments();
    expect(pages.map((page) => page.url)).toEqual([`/${ARTICLE_PATH}`]);
    expect(pages[0]!.meta.title).toMatch(/^What is ISIS-K\?/);
    expect(pages[0]!.content).toContain('Nangarhar province');
  });

  test('leaves out navigation, table of contents, summary, buttons and footer', () => {
    const { content } = fragments()[0]!;
    for (const text of ['Skip to content', 'The questions', 'Our summary', 'Copy link', 'Link to the question', 'About this text']) {
      expect(content).not.toContain(text);
    }
  });

  test('knows each question heading by its anchor, so results land on the answer', () => {
    const headings = fragments()[0]!.anchors.filter((anchor) => anchor.element === 'h2').map((anchor) => anchor.id);
    expect(headings).toEqual(QUESTIONS.map((question) => question.anchor));
  });
});
