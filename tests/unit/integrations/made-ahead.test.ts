import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { citationItem, citationStyles } from '@/citation/citation';
import { reference } from '@/citation/citation-output';
import { formatReferencesAhead } from '@/citation/references-ahead';
import { referenceWorkers } from '@/citation/reference-workers';
import { recordLoaded, loadedArticles, type LoadedArticle } from '@/content/loaded-articles';
import type { ArticleData } from '@/content/schema';
import { madeAhead } from '@/integrations/made-ahead';
import { articleUrl } from '@/shared/paths';

const cache = mkdtempSync(join(tmpdir(), 'made-ahead-'));
process.env['BUILD_CACHE_DIR'] = cache;
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const data = (title: string) =>
  ({
    title,
    authors: [{ name: 'Ada Lovelace', affiliation: 'Somewhere' }],
    published: new Date(Date.UTC(2021, 7, 26)),
    publisher: { name: 'The Publisher', url: 'https://example.org/' },
    license: { name: 'Licence', shortName: 'L', url: 'https://example.org/licence' },
    questions: [{ anchor: 'first', text: 'A first question?' }],
  }) as unknown as ArticleData;

recordLoaded({ id: 'one', data: data('One') });
recordLoaded({ id: 'two', data: data('Two, first reading') });
// The dev server's loader reads an edited file again: its article is listed once, as it is now.
recordLoaded({ id: 'two', data: data('Two') });

type Hooks = Record<string, (options?: unknown) => unknown>;
const SITE = { config: { site: 'https://example.org', base: '/research/' } };

test('a build starts the work for each article the loader parsed, once each, with the address its pages give it', () => {
  const started: [LoadedArticle, string, string][] = [];
  const hooks = madeAhead('test-ahead', (article, { site, base }) => started.push([article, site.href, base])).hooks as Hooks;
  hooks['astro:config:done']!(SITE);
  hooks['astro:build:start']!();
  expect(started.map(([article]) => [article.id, article.data.title])).toEqual([
    ['one', 'One'],
    ['two', 'Two'],
  ]);
  expect(started.every(([, site, base]) => site === 'https://example.org/' && base === '/research/')).toBe(true);
  expect(loadedArticles()).toHaveLength(2);
});

test('a site without an address starts nothing ahead', () => {
  const start = vi.fn();
  const hooks = madeAhead('test-ahead', start).hooks as Hooks;
  hooks['astro:config:done']!({ config: { base: '/' } });
  hooks['astro:build:start']!();
  expect(start).not.toHaveBeenCalled();
});

test('references formatted ahead are the ones the article pages then ask for, and are not formatted again', async () => {
  const workers = referenceWorkers.integration.hooks as Hooks;
  const ahead = formatReferencesAhead().hooks as Hooks;
  const folder = join(cache, 'references');
  const expected = 2 * citationStyles.length;
  workers['astro:build:start']!();
  try {
    ahead['astro:config:done']!(SITE);
    ahead['astro:build:start']!();
    await vi.waitFor(() => expect(readdirSync(folder, { withFileTypes: true }).filter((entry) => !entry.name.endsWith('.partial'))).toHaveLength(expected), { timeout: 20_000 });
    // As an article's page asks: its item made from the address `articles.ts` gives it.
    for (const { id, data } of loadedArticles()) {
      const item = citationItem(data, id, articleUrl(new URL(SITE.config.site), SITE.config.base, id));
      for (const style of citationStyles) expect((await reference(item, style)).text).toContain(data.title);
    }
    expect(readdirSync(folder), 'no reference made twice').toHaveLength(expected);
  } finally {
    await workers['astro:build:generated']!();
  }
});
