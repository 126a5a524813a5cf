import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import htmlValidate from '../../../.htmlvalidate.mjs';
import { builtSiteReading } from '@/integrations/site-checks/built-site';

const root = mkdtempSync(join(tmpdir(), 'built-site-'));
process.env['BUILD_CACHE_DIR'] = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (canonical: string, body = '<h1>A</h1>') =>
  `<!DOCTYPE html><html lang="en"><head><title>A</title><link rel="canonical" href="${canonical}"></head><body>${body}</body></html>`;

test('the built site is checked once a build, from when its pages are written, whichever steps ask, and afresh by the next build', async () => {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'articles', 'a'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), page('https://example.org/'));
  writeFileSync(join(dist, 'articles', 'a', 'index.html'), page('https://example.org/articles/a/', '<h1>A</h1><p><div>a block inside a paragraph</div></p>'));
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  const reading = builtSiteReading(htmlValidate);
  const hooks = reading.integration.hooks as Record<string, (options: unknown) => void>;
  const dir = pathToFileURL(`${dist}/`);

  hooks['astro:build:start']!({});
  hooks['astro:build:generated']!({ dir });
  // Read once, when the pages were written: what changes on the disk after is not read again.
  writeFileSync(join(dist, 'articles', 'a', 'index.html'), page('https://example.org/elsewhere/'));
  const first = await reading.site(dir);
  expect(first.pages.map((built) => [built.address, built.reading.canonical])).toEqual([
    ['/articles/a/', 'https://example.org/articles/a/'],
    ['/', 'https://example.org/'],
  ]);
  expect(first.pages.map((built) => built.messages.map((message) => message.ruleId).includes('close-order'))).toEqual([true, false]);
  expect([...first.files].sort()).toEqual(['articles/a/index.html', 'favicon.svg', 'index.html']);

  writeFileSync(join(dist, 'index.html'), page('https://example.org/home/'));
  expect(await reading.site(dir), 'a second step of the same build').toBe(first);

  hooks['astro:build:start']!({});
  const next = await reading.site(dir);
  expect(next.pages.find((built) => built.address === '/')?.reading.canonical).toBe('https://example.org/home/');
  expect(next.pages.find((built) => built.address === '/articles/a/')?.messages).toEqual([]);
});
