import { expect, test } from 'vitest';
import { mapInFlight } from '@/integrations/in-flight';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('does the work on every item, never more than the limit at once, the results in the items’ order', async () => {
  let running = 0;
  let most = 0;
  const items = Array.from({ length: 25 }, (_, index) => index);
  const results = await mapInFlight(items, 4, async (item) => {
    most = Math.max(most, ++running);
    // Later items finish sooner, so a result in the wrong place would show.
    await later(25 - item);
    running -= 1;
    return item * 10;
  });
  expect(results).toEqual(items.map((item) => item * 10));
  expect(most).toBe(4);
});

test.each([
  { items: [], limit: 8, expected: [] },
  { items: [1, 2], limit: 8, expected: [2, 4] },
  { items: [1, 2, 3], limit: 0, expected: [2, 4, 6] },
])('$items.length items, at most $limit at once', async ({ items, limit, expected }) => {
  expect(await mapInFlight(items, limit, async (item: number) => item * 2)).toEqual(expected);
});

test('a failure of any item is the failure of the whole', async () => {
  await expect(mapInFlight([1, 2, 3], 2, async (item) => (item === 2 ? Promise.reject(new Error('item 2 failed')) : item))).rejects.toThrow('item 2 failed');
});
