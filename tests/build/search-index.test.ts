import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SHORTEST_PARTIAL_WORD } from '@/search/client/words';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { beginningsSplitAcrossChunks, indexChunks } from '../support/pagefind-index';
import { sites, type BuiltSite } from './dist';

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
  anchors: { element: string; id: string; text: string }[];
}

/** Pagefind's fragments are gzipped JSON behind a fixed signature. */
function fragments(site: BuiltSite): Fragment[] {
  const dir = new URL('pagefind/fragment/', site.dir);
  return readdirSync(dir).map((name) => {
    const bytes = gunzipSync(readFileSync(new URL(name, dir)));
    return JSON.parse(bytes.toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment;
  });
}

describe.each(sites)('the search index in $name/pagefind', (site) => {
  const pages = fragments(site);
  /** The fragment of the page at `path` inside the site (`articles/what-is-isis-k/`); Pagefind adds the base path when it searches. */
  const fragmentAt = (path: string) => pages.find((page) => page.url === `/${path}`);

  test('is there with its script and its highlighter', () => {
    for (const file of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json']) {
      expect(existsSync(new URL(`pagefind/${file}`, site.dir)), file).toBe(true);
    }
  });

  test("leaves out Pagefind's ready-made search interfaces, which no page loads", () => {
    const names = readdirSync(new URL('pagefind/', site.dir));
    expect(names.filter((name) => /-ui\.(js|css)$/.test(name))).toEqual([]);
  });

  test('holds the articles’ pages only, each titled, with its questions', () => {
    expect(pages.map((page) => page.url).sort()).toEqual(site.articles.map((entry) => `/articles/${entry.id}/`).sort());
    for (const { id, data } of site.articles) {
      expect(fragmentAt(`articles/${id}/`)!.meta.title).toBe(data.title);
      for (const question of data.questions) expect(fragmentAt(`articles/${id}/`)!.content, id).toContain(question.text);
    }
  });

  test('holds the interview’s text', () => {
    expect(fragmentAt(ARTICLE_PATH)!.content).toContain('Nangarhar province');
  });

  test('leaves out navigation, table of contents, summary, buttons and footer', () => {
    for (const { content } of pages) {
      for (const text of ['Skip to content', 'The questions', 'Our summary', 'Copy link', 'Link to the question', 'About this text']) {
        expect(content).not.toContain(text);
      }
    }
  });

  test('knows each question heading by its anchor, so results land on the answer', () => {
    const headings = (path: string) => fragmentAt(path)!.anchors.filter((anchor) => anchor.element === 'h2').map((anchor) => anchor.id);
    expect(headings(ARTICLE_PATH)).toEqual(QUESTIONS.map((question) => question.anchor));
    for (const { id, data } of site.articles) expect(headings(`articles/${id}/`), id).toEqual(data.questions.map((question) => question.anchor));
  });

  test('is split into small chunks, each holding every word the beginnings it is fetched for begin', () => {
    const chunks = indexChunks({
      read: (path) => {
        const file = new URL(`pagefind/${path}`, site.dir);
        return existsSync(file) ? readFileSync(file) : undefined;
      },
    });
    expect(chunks.length).toBeGreaterThan(1);
    expect(beginningsSplitAcrossChunks(chunks, SHORTEST_PARTIAL_WORD)).toEqual([]);
  });
});
