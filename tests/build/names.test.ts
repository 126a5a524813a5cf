import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, describe, expect, test } from 'vitest';
import type { Section } from '@/content/reading';
import { joinBase } from '@/shared/paths';
import { keyDatesInArticle, locationHref, namesInArticle } from '@/reader-aids/reader-aids';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { buildSite } from '../support/build-site';
import { contentDir, readKeyDates, readNames } from '../support/content';
import { builtPage } from './dist';

const article = builtPage(`${ARTICLE_PATH}index.html`).tree;
const namesPage = builtPage('names/index.html').tree;
const articleHref = joinBase('/', ARTICLE_PATH);
const names = readNames();

/** The article as a reader sees it on the built page: the intro, then each question's heading and paragraphs. */
function builtSections(): Section[] {
  const textOf = (elements: Element[]) => elements.map((element) => toString(element)).join('\n\n');
  const introText = textOf(selectAll('.intro p', article));
  const intro = { anchor: null, number: 0, question: null, text: introText, answer: introText };
  const questions = selectAll('section.question', article).map((section) => {
    const heading = select('h2', section)!;
    const number = QUESTIONS.findIndex((question) => question.anchor === heading.properties['id']) + 1;
    return {
      anchor: String(heading.properties['id']),
      number,
      question: toString(heading),
      text: textOf(selectAll('h2, p', section)),
      answer: textOf(selectAll('p', section)),
    };
  });
  return [intro, ...questions];
}

const sections = builtSections();
const expectedGroups = namesInArticle(sections, names);
const hrefsIn = (element: Element) => selectAll('a', element).map((link) => String(link.properties['href']));
/** Where a link found on the page at `pagePath` leads, as a path with its query and fragment. */
const resolvedOn = (pagePath: string) => (href: string) => {
  const url = new URL(href, new URL(pagePath, 'https://example.org'));
  return `${url.pathname}${url.search}${url.hash}`;
};

describe.each([
  ['the index page', () => namesPage, '/names/'],
  ['the article’s panel', () => select('aside.reader-aids', article)!, articleHref],
])('%s', (_, container, pagePath) => {
  test('lists every name in the names file, by kind, under its own name', () => {
    expect(expectedGroups.flatMap((group) => group.names).map((entry) => entry.id).sort()).toEqual(names.map((entry) => entry.id).sort());
    const shown = selectAll('.name-group', container()).map((group) => ({
      heading: toString(select('h3, h4', group)!),
      names: selectAll('.name-entry dt', group).map((term) => toString(term)),
    }));
    expect(shown).toEqual(expectedGroups.map((group) => ({ heading: group.heading, names: group.names.map((entry) => entry.name) })));
  });

  test('links each name to every question whose text mentions it, carrying the words to highlight', () => {
    for (const entry of expectedGroups.flatMap((group) => group.names)) {
      const shown = select(`.name-entry[data-name="${entry.id}"]`, container())!;
      expect(hrefsIn(shown).map(resolvedOn(pagePath)), entry.name).toEqual(entry.locations.map((location) => locationHref(articleHref, location)));
    }
  });
});

describe('the article’s reader’s aids', () => {
  const aside = select('aside.reader-aids', article)!;

  test('stand apart from the interview: an aside outside its searchable text, labelled as the editors’', () => {
    expect(aside).toBeTruthy();
    expect(select('[data-pagefind-body] aside.reader-aids', article)).toBeFalsy();
    expect(aside.properties['dataPagefindIgnore']).toBe('all');
    expect(toString(select('#key-dates-title', aside)!)).toMatch(/Key dates \(compiled by the editors, not part of the interview\)/);
  });

  test('keep the names closed by default, so they do not lengthen the page', () => {
    expect(select('details.names-panel', aside)?.properties['open']).toBeFalsy();
  });

  test('list the key dates in time order, each linking to where the text mentions it', () => {
    const expected = keyDatesInArticle({ id: 'what-is-isis-k', sections }, readKeyDates());
    expect(expected.length).toBe(readKeyDates().length);
    const shown = selectAll('.key-dates > li', aside).map((item) => ({
      datetime: select('time', item)?.properties['dateTime'],
      hrefs: hrefsIn(item).map(resolvedOn(articleHref)),
    }));
    expect(shown).toEqual(
      expected.map((date) => ({ datetime: date.datetime, hrefs: date.locations.map((location) => locationHref(articleHref, location)) })),
    );
    expect(shown.map((date) => String(date.datetime))).toEqual(shown.map((date) => String(date.datetime)).sort());
  });
});

// A listed name that appears nowhere stops the build: see tests/build/bad-content.test.ts.
describe('builds from other content', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'names-content-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  function contentWith(files: Record<string, string>): string {
    const dir = join(workDir, `content-${Object.keys(files).length}`);
    cpSync(fileURLToPath(new URL('articles/', contentDir)), join(dir, 'articles'), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  test('without a names file or key dates, the site builds with no index and no panel, and warns only of what it does not check', () => {
    const outDir = join(workDir, 'dist-plain');
    const build = buildSite({ outDir, settings: { CONTENT_DIR: contentWith({}) } });
    const output = build.stdout + build.stderr;
    expect(build.status, output).toBe(0);
    expect(existsSync(join(outDir, 'names', 'index.html'))).toBe(false);
    expect(select('aside.reader-aids', fromHtml(readFileSync(join(outDir, ARTICLE_PATH, 'index.html'), 'utf8')))).toBeFalsy();
    // No warning about collections the content simply does not have, nor the bundler's about each
    // article's module: a warning a publisher sees on every build is one they learn to ignore.
    const warnings = output.split('\n').filter((line) => line.includes('[WARN]'));
    expect(warnings, output).toEqual([expect.stringMatching(/\[site-checks\] no .*published-addresses\.json: published addresses are not checked/)]);
  });
});
