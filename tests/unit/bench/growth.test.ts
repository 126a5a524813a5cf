import { expect, test } from 'vitest';
import { growthExponent } from '../../../bench/lib/growth';

const at = (cost: (n: number) => number) => [1, 10, 100, 1000].map((n) => ({ n, value: cost(n) }));

test.each([
  ['linear growth', (n: number) => 3 * n, 1],
  ['quadratic growth', (n: number) => n * n, 2],
  ['a constant cost', () => 42, 0],
])('finds the exponent of %s', (_, cost, exponent) => {
  expect(growthExponent(at(cost))).toBeCloseTo(exponent, 6);
});

test('a fixed cost plus a linear one grows slower than linearly over this range', () => {
  expect(growthExponent(at((n) => 2000 + 5 * n))).toBeLessThan(1);
});

test('refuses a single point', () => {
  expect(() => growthExponent([{ n: 10, value: 1 }])).toThrow(/two/);
});
