import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import htmlValidate from '../../.htmlvalidate.mjs';
import { readBuiltSite } from '@/integrations/site-checks/built-site';
import { distProblems } from '@/integrations/site-checks/dist-problems';
import { distDir } from './dist';

test('dist/ has no broken link or fragment, every page has what it needs, and the HTML validates', async () => {
  const site = readBuiltSite(fileURLToPath(distDir));
  expect(site.pages.length).toBeGreaterThan(0);
  expect(await distProblems(site, { base: '/', htmlValidate })).toEqual([]);
});
