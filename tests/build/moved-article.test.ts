import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { questionAliases } from '@/content/anchors';
import { ARTICLE_PATH, QUESTIONS } from '../contract';
import { ARTICLE_FILE, buildWithEditedContent } from '../support/temp-content';

const oldId = 'what-is-isis-k';
const newId = 'isis-k-explained';
const oldPage = `${ARTICLE_PATH}index.html`;
const oldSharePage = `${ARTICLE_PATH}q/${QUESTIONS[1]!.anchor}/index.html`;

/** Gives the interview a new file name, and so a new address, as an editor tidying the content might, declaring its former id. */
function renameArticle(contentDir: string): void {
  const newFile = join(contentDir, 'articles', `${newId}.mdx`);
  renameSync(join(contentDir, ARTICLE_FILE), newFile);
  writeFileSync(newFile, readFileSync(newFile, 'utf8').replace(/^title: /m, `formerIds: [${oldId}]\ntitle: `));
  const keyDates = join(contentDir, 'key-dates.yaml');
  writeFileSync(keyDates, readFileSync(keyDates, 'utf8').replaceAll(`article: ${oldId}`, `article: ${newId}`));
}

// Renaming it without its former id stops the build at the register of published addresses, as
// tests/build/bad-content.test.ts shows for a renamed anchor; the message for a page no longer
// built is unit-tested in tests/unit/integrations/published-addresses.test.ts.
describe('renaming a published article', () => {
  test('with its former id builds, and the old address leads to every question at the new one', () => {
    const build = buildWithEditedContent(renameArticle, [oldPage, oldSharePage]);
    expect(build.status, build.output).toBe(0);
    const tree = fromHtml(build.pages.get(oldPage) ?? '');
    expect(select('link[rel="canonical"]', tree)?.properties['href']).toMatch(new RegExp(`/articles/${newId}/$`));
    for (const question of QUESTIONS) {
      const target = select(`[id="${question.anchor}"] a`, tree);
      expect(target?.properties['href'], `#${question.anchor} on the old page`).toBe(`/articles/${newId}/#${question.anchor}`);
      const ids = selectAll('[id]', tree).map((element) => element.properties['id']);
      for (const alias of questionAliases(question)) expect(ids, `alias #${alias} on the old page`).toContain(alias);
    }
    expect(build.pages.get(oldSharePage), 'the old share page').toContain(`/articles/${newId}/#${QUESTIONS[1]!.anchor}`);
  });
});
