import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import htmlValidate from '../../.htmlvalidate.mjs';
import { readBuiltSite } from '../../src/lib/built-site';
import { distProblems } from '../../src/lib/dist-problems';
import { distDir } from './dist';

test('dist/ has no broken link or fragment, every page has what it needs, and the HTML validates', async () => {
  const site = readBuiltSite(fileURLToPath(distDir));
  expect(site.pages.length).toBeGreaterThan(0);
  expect(await distProblems(site, { base: '/', htmlValidate })).toEqual([]);
});
