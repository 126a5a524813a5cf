import { describe, expect, test } from 'vitest';
import { median, percentile, spread } from '../../../bench/lib/stats';

describe('median', () => {
  test('is the middle of an odd count, whatever the order', () => expect(median([5, 1, 3])).toBe(3));
  test('is the mean of the two middle values of an even count', () => expect(median([4, 1, 3, 2])).toBe(2.5));
  test('refuses no measurements rather than inventing one', () => expect(() => median([])).toThrow(/no measurements/));
});

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
  test('the 95th of 1..100 is 95', () => expect(percentile(hundred, 95)).toBe(95));
  test('the 95th of 20 values is the 19th smallest', () => expect(percentile(hundred.slice(80), 95)).toBe(19));
  test('of one value is that value', () => expect(percentile([7], 95)).toBe(7));
});

test('spread gives median, p95, min, max and the number of runs', () => {
  expect(spread([30, 10, 20, 50, 40])).toEqual({ median: 30, p95: 50, min: 10, max: 50, runs: 5 });
});
