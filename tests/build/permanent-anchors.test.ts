import { select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { buildWithEditedArticle } from '../support/temp-content';

/** Gives the question now anchored at #threat a new anchor, as an editor tidying the content might. */
const renameThreat = (source: string) => source.replace('  - anchor: threat\n', '  - anchor: danger\n');

// Renaming one without keeping the old anchor stops the build: see tests/build/bad-content.test.ts.
describe('renaming a published question anchor', () => {
  test('with the old anchor kept under formerAnchors builds, and the old anchor still reaches the question', () => {
    const build = buildWithEditedArticle((source) => renameThreat(source).replace('  - anchor: danger\n', '  - anchor: danger\n    formerAnchors: [threat]\n'));
    expect(build.status, build.output).toBe(0);
    const tree = fromHtml(build.articleHtml ?? '');
    const section = select('section.question:has(h2#danger)', tree);
    expect(section, 'no question section with the new anchor').toBeTruthy();
    expect(select('#threat', section!), 'the old anchor is not inside the renamed question').toBeTruthy();
  });
});
