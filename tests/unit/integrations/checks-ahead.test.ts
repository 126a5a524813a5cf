import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIContext } from 'astro';
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import htmlValidate from '../../../.htmlvalidate.mjs';
import { installChecksAhead, onRequest, type ChecksAhead } from '@/integrations/site-checks/checks-ahead';
import { builtSiteReading } from '@/integrations/site-checks/built-site';
import { cachedKeys } from '@/integrations/build-cache';

const root = mkdtempSync(join(tmpdir(), 'checks-ahead-'));
process.env['BUILD_CACHE_DIR'] = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => installChecksAhead(undefined));

const HTML = '<!DOCTYPE html><html lang="en"><head><title>A</title></head><body><h1>A</h1></body></html>';

/** The middleware rendering `address` as `response`, with the text a reader is then sent. */
async function render(address: string, response: Response): Promise<string> {
  const sent = (await onRequest({ url: new URL(address, 'https://example.org') } as APIContext, async () => response)) as Response;
  return sent.text();
}

const recording = (room = true) => {
  const handed: [string, string][] = [];
  const checks: ChecksAhead = { hasRoom: () => room, check: (label, html) => handed.push([label, html]) };
  installChecksAhead(checks);
  return handed;
};

test('a rendered page is handed to the checks as written, and its reader gets it whole', async () => {
  const handed = recording();
  expect(await render('/articles/a/', new Response(HTML, { headers: { 'content-type': 'text/html' } }))).toBe(HTML);
  await vi.waitFor(() => expect(handed).toEqual([['/articles/a/', HTML]]));
});

test('files that are not pages, and pages rendered when the checks have no room or no build is running, are not handed over', async () => {
  const withRoom = recording();
  expect(await render('/og/a.png', new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } }))).toHaveLength(4);
  const full = recording(false);
  expect(await render('/full/', new Response(HTML, { headers: { 'content-type': 'text/html' } }))).toBe(HTML);
  installChecksAhead(undefined);
  expect(await render('/dev/', new Response(HTML, { headers: { 'content-type': 'text/html' } }))).toBe(HTML);
  // Given a moment to arrive, had anything been handed over.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(withRoom, 'an image').toEqual([]);
  expect(full, 'a page, while the checks have no room').toEqual([]);
});

test('during a build, a page is checked as it renders, into the cache the after-build check reads; not once the pages are written', async () => {
  const reading = builtSiteReading(htmlValidate);
  const hooks = reading.integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:build:start']!({});
  await render('/', new Response(HTML, { headers: { 'content-type': 'text/html' } }));
  await vi.waitFor(() => expect(cachedKeys('page checks')).toHaveLength(1), { timeout: 10_000 });
  mkdirSync(join(root, 'dist'));
  hooks['astro:build:generated']!({ dir: pathToFileURL(`${root}/dist/`) });
  expect(await render('/after/', new Response(`${HTML}<!-- after -->`, { headers: { 'content-type': 'text/html' } }))).toContain('after');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(cachedKeys('page checks'), 'a page rendered once the build has written its pages').toHaveLength(1);
});
