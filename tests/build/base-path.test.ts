import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import htmlValidate from '../../.htmlvalidate.mjs';
import { readBuiltSite } from '../../src/lib/built-site';
import { distProblems } from '../../src/lib/dist-problems';
import { ARTICLE_PATH } from '../contract';
import { buildSite } from '../support/build-site';

const base = '/isk/';
const siteUrl = 'https://example.org';
const outDir = mkdtempSync(join(tmpdir(), 'site-under-base-'));
const pages = ['index.html', `${ARTICLE_PATH}index.html`, 'search/index.html', '404.html'];

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name));
}

describe(`the site built with BASE_PATH=${base}`, () => {
  beforeAll(() => {
    const build = buildSite({ outDir, settings: { BASE_PATH: base, SITE_URL: siteUrl } });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test.each(pages)('%s links only inside the base path', (page) => {
    const tree = fromHtml(readFileSync(join(outDir, page), 'utf8'));
    const addresses = selectAll('a[href], link[href], script[src], form[action]', tree).map((element) =>
      String(element.properties['href'] ?? element.properties['src'] ?? element.properties['action']),
    );
    const rootRelative = addresses.filter((address) => address.startsWith('/'));
    expect(rootRelative.length).toBeGreaterThan(0);
    expect(rootRelative.filter((address) => !address.startsWith(base))).toEqual([]);
    expect(select('form[role="search"]', tree)?.properties['action']).toBe(`${base}search/`);
  });

  test('has no broken link or fragment once the base path is taken into account', async () => {
    expect(await distProblems(readBuiltSite(outDir), { base, htmlValidate })).toEqual([]);
  });

  test('gives canonical addresses on the configured origin, under the base path', () => {
    const tree = fromHtml(readFileSync(join(outDir, ARTICLE_PATH, 'index.html'), 'utf8'));
    expect(select('link[rel="canonical"]', tree)?.properties['href']).toBe(`${siteUrl}${base}${ARTICLE_PATH}`);
  });

  test('has its search index, and scripts that look for it under the base path', () => {
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const scripts = filesUnder(join(outDir, '_astro'), '.js').map((file) => readFileSync(file, 'utf8'));
    const baseAsString = new RegExp(`["'\`]${base}["'\`]`);
    const searchScripts = scripts.filter((script) => script.includes('pagefind/pagefind.js'));
    expect(searchScripts.length).toBeGreaterThan(0);
    for (const script of searchScripts) expect(script).toMatch(baseAsString);
  });
});
