/**
 * Content the build must refuse: one whole build for each stage that can stop it, each with every
 * fault that stage reports made at once, proving that the build stops there, names the file and
 * each problem, and leaves no site behind, not even the earlier good build it was built over. The checks behind each message are unit-tested one by
 * one: the frontmatter's schema (tests/unit/content/schema.test.ts), the body
 * (tests/unit/content/body-checks.test.ts, tests/unit/integrations/question-sections.test.ts), the
 * names (tests/unit/reader-aids/reader-aids.test.ts) and the register of published addresses
 * (tests/unit/integrations/published-addresses.test.ts), which also holds the messages for faults
 * no build here makes (a repeated anchor, a page no longer built).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ARTICLE_PATH } from '../contract';
import { ARTICLE_FILE, buildWithEditedArticle, buildWithEditedContent, type ContentBuild } from '../support/temp-content';

/** Adds a question to the frontmatter's list, after the last one. */
const listQuestion = (source: string, anchor: string, text: string) =>
  source.replace(/\n---\n/, `\n  - anchor: ${anchor}\n    text: ${text}\n---\n`);

/** Puts a paragraph after the introduction's first one. */
const addParagraph = (source: string, paragraph: string) => source.replace(/\n---\n\n(.+)\n/, `\n---\n\n$1\n\n${paragraph}\n`);

/** Applies each edit in turn, failing when one no longer changes the content. */
const allOf =
  (...edits: ((source: string) => string)[]) =>
  (source: string) =>
    edits.reduce((edited, edit) => {
      const next = edit(edited);
      if (next === edited) throw new Error('an edit changed nothing: the test no longer matches the content');
      return next;
    }, source);

function expectRefused(build: ContentBuild, file: string, messages: RegExp[]): void {
  expect(build.status, build.output).not.toBe(0);
  expect(build.output).toContain(file);
  for (const message of messages) expect(build.output).toMatch(message);
  expect(build.producedSite).toBe(false);
}

describe('a build from bad content stops, naming the file and every problem, and leaves no site', () => {
  test('at the frontmatter’s syntax: an unquoted colon in a question', () => {
    const build = buildWithEditedArticle((source) => source.replace('text: What are its aims and tactics?', 'text: Its aims: and tactics?'));
    expectRefused(build, ARTICLE_FILE, [/line \d+: the text holds ": ", which YAML reads as the start of another field: put the whole value in double quotes, text: "Its aims: and tactics\?"/]);
    expect(build.output).not.toMatch(/bad indentation/);
  });

  test('at the frontmatter’s schema: a missing title, no author, a day not in the calendar, a licence URL that is not one, an anchor not fit for a URL, an anchor the page already uses', () => {
    const build = buildWithEditedArticle(
      allOf(
        (source) => source.replace(/^title: .*\n/m, ''),
        (source) => source.replace(/^authors:\n(?: {2}.*\n)+/m, 'authors: []\n'),
        (source) => source.replace(/^published: .*$/m, 'published: 2024-02-30'),
        (source) => source.replace(/(license:[\s\S]*?\n {2}url: ).*/, '$1creative commons licence'),
        (source) => source.replace('anchor: threat', 'anchor: "the threat?"'),
        (source) => source.replace('anchor: background', 'anchor: cite-title'),
      ),
    );
    expectRefused(build, ARTICLE_FILE, [
      /^ {2}- title: is missing$/m,
      /^ {2}- authors: must list at least one author$/m,
      /^ {2}- published: is not a day of the calendar/m,
      /^ {2}- license\.url: must be a full address/m,
      /^ {2}- questions\[4\]\.anchor: must be lowercase letters and digits joined by single hyphens/m,
      /^ {2}- questions\[1\]\.anchor: is an id the article’s page already uses for a part of its own/m,
    ]);
    expect(build.output, 'markup around a field’s name').not.toContain('**');
  });

  test('at the body’s checks: a listed question absent, a question not listed, an empty answer, a straight apostrophe for a curly one, leftover republisher lines, and what an interview may not contain', () => {
    const build = buildWithEditedArticle(
      allOf(
        (source) => listQuestion(source, 'more', 'Is there more?'),
        (source) => listQuestion(source, 'empty', 'Is this empty?'),
        (source) => `${source}\n## Is there anything else?\n\nYes.\n\n## Is this empty?\n`,
        (source) => source.replace('text: Can you tell us a little more about the group’s background?', "text: Can you tell us a little more about the group's background?"),
        (source) => addParagraph(source, 'ADVERTISEMENT'),
        (source) => addParagraph(source, 'Read | Taliban condemn attack at Kabul airport'),
        (source) => addParagraph(source, '<script>alert("hi")</script>'),
        (source) => addParagraph(source, '<p onclick="alert(1)">Click</p>'),
        (source) => addParagraph(source, '[a link](javascript:alert(1))'),
        (source) => addParagraph(source, '<iframe src="https://example.com/" title="Elsewhere"></iframe>'),
        (source) => addParagraph(source, '![](/favicon.svg)'),
      ),
    );
    expectRefused(build, ARTICLE_FILE, [
      /question "Is there more\?" \(#more\) is listed in the frontmatter but has no "## " heading/,
      /question "Is there anything else\?" is in the body but not listed/,
      /question "Is this empty\?" has an empty answer/,
      /question #background: the frontmatter has a straight apostrophe or single quote \('\) where the body’s heading has a curly apostrophe or single quote \(’\)/,
      /line \d+: a leftover "ADVERTISEMENT" line/,
      /line \d+: a leftover related-story line starting with "Read \| "/,
      /line \d+: the <script> element: an article runs no code/,
      /line \d+: the HTML <p> \(its onclick would run code/,
      /line \d+: the link to "javascript:alert\(1\)", which would run code/,
      /line \d+: the <iframe> element: the site embeds nothing from other sites/,
      /line \d+: the image "\/favicon.svg" has no alt text/,
    ]);
    expect(build.output).not.toMatch(/Can you tell us a little more about the group’s background\?" is in the body but not listed/);
  });

  test('at the names: a listed name that appears nowhere', () => {
    const nowhere = '- id: herat\n  name: Herat\n  kind: place\n  inText: [Herat]\n';
    const build = buildWithEditedContent((contentDir) => {
      const names = join(contentDir, 'names.yaml');
      writeFileSync(names, readFileSync(names, 'utf8') + nowhere);
    });
    expectRefused(build, 'names.yaml', [/names\.yaml:\s+- "herat": appears in no article/]);
  });

  test('after the build, at the register of published addresses: a question anchor renamed without its former one', () => {
    const build = buildWithEditedArticle((source) => source.replace('  - anchor: threat\n', '  - anchor: danger\n'));
    expectRefused(build, 'published-addresses.json', [
      new RegExp(`/${ARTICLE_PATH}#threat: /${ARTICLE_PATH} has no element with id "threat"; if the question's anchor was renamed, list "threat" under its formerAnchors`),
    ]);
  });
});
