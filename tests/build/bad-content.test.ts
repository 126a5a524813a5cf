import { describe, expect, test } from 'vitest';
import { ARTICLE_FILE, buildWithEditedArticle } from '../support/temp-content';

/** Adds a question to the frontmatter's list, after the last one. */
const listQuestion = (source: string, anchor: string, text: string) =>
  source.replace(/\n---\n/, `\n  - anchor: ${anchor}\n    text: ${text}\n---\n`);

/** Puts a paragraph after the introduction's first one. */
const addParagraph = (source: string, paragraph: string) => source.replace(/\n---\n\n(.+)\n/, `\n---\n\n$1\n\n${paragraph}\n`);

/** Each kind of bad content, how to make it from the real article, and what the build must say. */
const badContent: [problem: string, edit: (source: string) => string, message: RegExp][] = [
  ['a missing title', (source) => source.replace(/^title: .*\n/m, ''), /title\W+title: Required/],
  ['a missing author', (source) => source.replace(/^authors:\n(?: {2}.*\n)+/m, 'authors: []\n'), /authors: Too small/],
  ['an invalid date', (source) => source.replace(/^published: .*$/m, 'published: the twenty-sixth of August'), /published: must be a date/],
  ['a licence URL that is not a URL', (source) => source.replace(/(license:[\s\S]*?\n {2}url: ).*/, '$1creative commons licence'), /license\.url: Invalid URL/],
  ['a duplicate question anchor', (source) => source.replace('anchor: threat', 'anchor: background'), /anchor "background" is used by more than one question/],
  ['an anchor with characters not allowed in a URL fragment', (source) => source.replace('anchor: threat', 'anchor: "the threat?"'), /questions\.4\.anchor\W+.*must be lowercase letters and digits joined by single hyphens/],
  ['a listed question absent from the body', (source) => listQuestion(source, 'more', 'Is there more?'), /question "Is there more\?" \(#more\) is listed in the frontmatter but has no "## " heading/],
  ['a question in the body that is not listed', (source) => `${source}\n## Is there more?\n\nYes.\n`, /question "Is there more\?" is in the body but not listed/],
  ['an empty answer', (source) => `${listQuestion(source, 'more', 'Is there more?')}\n## Is there more?\n`, /question "Is there more\?" has an empty answer/],
  ['a leftover ADVERTISEMENT line', (source) => addParagraph(source, 'ADVERTISEMENT'), /leftover "ADVERTISEMENT" line/],
  ['a leftover "Read | " line', (source) => addParagraph(source, 'Read | Taliban condemn attack at Kabul airport'), /leftover related-story line starting with "Read \| "/],
];

describe('a build from bad content', () => {
  test.each(badContent)('refuses %s, naming the file and the problem, and produces no site', (_, edit, message) => {
    const build = buildWithEditedArticle(edit);
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain(ARTICLE_FILE);
    expect(build.output).toMatch(message);
    expect(build.producedSite).toBe(false);
  });
});
