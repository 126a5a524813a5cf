/**
 * Content the build must refuse: one whole build for each stage that can stop it, each with every
 * fault that stage reports made at once, proving that the build stops there, names the file and
 * each problem, and leaves no site behind, not even the earlier good build it was built over. The checks behind each message are unit-tested one by
 * one: the frontmatter's schema (tests/unit/content/schema.test.ts), the body
 * (tests/unit/content/body-checks.test.ts, tests/unit/integrations/rehype-questions.test.ts), the
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
  test('at the frontmatter’s schema: a missing title, no author, an invalid date, a licence URL that is not one, an anchor not fit for a URL', () => {
    const build = buildWithEditedArticle(
      allOf(
        (source) => source.replace(/^title: .*\n/m, ''),
        (source) => source.replace(/^authors:\n(?: {2}.*\n)+/m, 'authors: []\n'),
        (source) => source.replace(/^published: .*$/m, 'published: the twenty-sixth of August'),
        (source) => source.replace(/(license:[\s\S]*?\n {2}url: ).*/, '$1creative commons licence'),
        (source) => source.replace('anchor: threat', 'anchor: "the threat?"'),
      ),
    );
    expectRefused(build, ARTICLE_FILE, [
      /title\W+title: Required/,
      /authors: Too small/,
      /published: must be a date/,
      /license\.url: Invalid URL/,
      /questions\.4\.anchor\W+.*must be lowercase letters and digits joined by single hyphens/,
    ]);
  });

  test('at the body’s checks: a listed question absent, a question not listed, an empty answer, leftover republisher lines', () => {
    const build = buildWithEditedArticle(
      allOf(
        (source) => listQuestion(source, 'more', 'Is there more?'),
        (source) => listQuestion(source, 'empty', 'Is this empty?'),
        (source) => `${source}\n## Is there anything else?\n\nYes.\n\n## Is this empty?\n`,
        (source) => addParagraph(source, 'ADVERTISEMENT'),
        (source) => addParagraph(source, 'Read | Taliban condemn attack at Kabul airport'),
      ),
    );
    expectRefused(build, ARTICLE_FILE, [
      /question "Is there more\?" \(#more\) is listed in the frontmatter but has no "## " heading/,
      /question "Is there anything else\?" is in the body but not listed/,
      /question "Is this empty\?" has an empty answer/,
      /leftover "ADVERTISEMENT" line/,
      /leftover related-story line starting with "Read \| "/,
    ]);
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
