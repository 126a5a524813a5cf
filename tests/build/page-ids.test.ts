/**
 * A question's anchor becomes an id on its article's page, beside the ids the page gives its own
 * parts; the schema refuses an anchor among those (tests/unit/content/schema.test.ts) from the
 * list in src/shared/page-ids.ts. This holds that list to what the pages really render: an id a
 * component adds without it would let an anchor collide with it unnoticed.
 */
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { questionAliases } from '@/content/anchors';
import { isPageId } from '@/shared/page-ids';
import { readArticles } from '../support/content';
import { dist } from './dist';

const questionIds = new Set(readArticles().flatMap(({ data }) => data.questions.flatMap((question) => [question.anchor, ...questionAliases(question)])));
const articlePages = dist.htmlFiles().filter((file) => file.startsWith('articles/')).map((file) => ({ file, tree: dist.page(file).tree }));

describe('the ids of the pages that hold question anchors', () => {
  test('there are such pages to check', () => {
    expect(articlePages.length).toBeGreaterThan(0);
  });

  test.each(articlePages.map((page) => [page.file, page] as const))('every id in dist/%s is one of the page’s own (src/shared/page-ids.ts) or a question’s', (_, page) => {
    const ids = selectAll('[id]', page.tree).map((element) => String(element.properties['id']));
    expect(ids.filter((id) => !isPageId(id) && !questionIds.has(id))).toEqual([]);
  });
});
