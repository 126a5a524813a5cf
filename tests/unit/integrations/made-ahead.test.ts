import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { citationItem, citationStyles } from '@/citation/citation';
import { reference } from '@/citation/citation-output';
import { formatReferencesAhead } from '@/citation/references-ahead';
import { referenceWorkers } from '@/citation/reference-workers';
import { recordLoaded, loadedArticles, type LoadedArticle } from '@/content/loaded-articles';
import type { ArticleData } from '@/content/schema';
import { cachedKeys } from '@/integrations/build-cache';
import { madeAhead } from '@/integrations/made-ahead';
import { articleUrl } from '@/shared/paths';
import { drawSocialImage, socialImage } from '@/social/card-image';
import { cardWorkers } from '@/social/card-workers';
import { drawCardsAhead } from '@/social/cards-ahead';
import { shareCard } from '@/social/share-card';

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
    questions: [{ anchor: 'first', text: `${title}: a first question?` }],
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

/** Address of an article's page, as `articles.ts` gives it to the pages. */
const pageUrl = (id: string) => articleUrl(new URL(SITE.config.site), SITE.config.base, id);

/** Each step made ahead: its workers, its integration, what its folder holds for an article, and how a route asks for one. */
const steps = [
  {
    kind: 'references',
    workers: referenceWorkers,
    ahead: formatReferencesAhead,
    each: citationStyles.length,
    ask: async ({ id, data }: LoadedArticle) => {
      for (const style of citationStyles) expect((await reference(citationItem(data, id, pageUrl(id)), style)).text).toContain(data.title);
    },
  },
  {
    kind: 'social images',
    workers: cardWorkers,
    ahead: drawCardsAhead,
    each: 2,
    ask: async ({ data }: LoadedArticle) => {
      for (const card of [shareCard(data), shareCard(data, data.questions[0])]) expect(Buffer.from(await socialImage(card)).equals(Buffer.from(await drawSocialImage(card)))).toBe(true);
    },
  },
];

test.each(steps)('$kind made ahead are the ones the routes then ask for, and are not made again', async ({ kind, workers, ahead, each, ask }) => {
  const workerHooks = workers.integration.hooks as Hooks;
  const aheadHooks = ahead().hooks as Hooks;
  const expected = loadedArticles().length * each;
  workerHooks['astro:build:start']!();
  try {
    aheadHooks['astro:config:done']!(SITE);
    aheadHooks['astro:build:start']!();
    await vi.waitFor(() => expect(cachedKeys(kind)).toHaveLength(expected), { timeout: 20_000 });
    for (const article of loadedArticles()) await ask(article);
    expect(cachedKeys(kind), `no ${kind} made twice`).toHaveLength(expected);
  } finally {
    await workerHooks['astro:build:generated']!();
  }
}, 30_000);
