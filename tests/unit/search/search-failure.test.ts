import { expect, test } from 'vitest';
import { searchFailureMessage } from '@/search/client/search-failure';

test('under the dev server, a search that cannot load says how to try it on a built site', () => {
  const message = searchFailureMessage({ inDevServer: true });
  expect(message).toContain('npm run build && npm run preview');
  expect(message).not.toMatch(/connection/i);
});

test('on the built site, it asks the reader to check their connection', () => {
  expect(searchFailureMessage({ inDevServer: false })).toMatch(/could not load.*connection/i);
});
