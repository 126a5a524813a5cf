import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { builtSiteReading } from '@/integrations/site-checks/built-site';

const root = mkdtempSync(join(tmpdir(), 'built-site-'));
process.env['BUILD_CACHE_DIR'] = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (canonical: string) => `<!DOCTYPE html><html lang="en"><head><title>A</title><link rel="canonical" href="${canonical}"></head><body><h1>A</h1></body></html>`;

test('the built site is read once a build, whichever steps ask, and read afresh by the next build', async () => {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'articles', 'a'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), page('https://example.org/'));
  writeFileSync(join(dist, 'articles', 'a', 'index.html'), page('https://example.org/articles/a/'));
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  const reading = builtSiteReading();
  const hooks = reading.integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
  const dir = pathToFileURL(`${dist}/`);

  hooks['astro:build:start']!({});
  const html = reading.html(dir);
  expect(html.pages.map((built) => built.address)).toEqual(['/articles/a/', '/']);
  // Read once: the pages are parsed from the HTML already read, not read from the disk again.
  writeFileSync(join(dist, 'articles', 'a', 'index.html'), page('https://example.org/elsewhere/'));
  const first = await reading.site(dir);
  expect(first.pages.map((built) => [built.address, built.reading.canonical])).toEqual([
    ['/articles/a/', 'https://example.org/articles/a/'],
    ['/', 'https://example.org/'],
  ]);
  expect([...first.files].sort()).toEqual(['articles/a/index.html', 'favicon.svg', 'index.html']);

  writeFileSync(join(dist, 'index.html'), page('https://example.org/home/'));
  expect(await reading.site(dir), 'a second step of the same build').toBe(first);
  expect(reading.html(dir), 'a second step of the same build').toBe(html);

  hooks['astro:build:start']!({});
  const next = await reading.site(dir);
  expect(next.pages.find((built) => built.address === '/')?.reading.canonical).toBe('https://example.org/home/');
});
