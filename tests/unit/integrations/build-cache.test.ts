import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cached, cacheKey } from '@/integrations/build-cache';

describe('cacheKey', () => {
  test('is the same for the same inputs, and new when any input changes', () => {
    const inputs = ['layout', 'code', new Uint8Array([1, 2, 3]), 'satori 1.0.0'];
    expect(cacheKey(inputs)).toBe(cacheKey([...inputs]));
    for (const [index, changed] of [[0, 'layout!'], [1, 'code '], [2, new Uint8Array([1, 2, 4])], [3, 'satori 1.0.1']] as const) {
      const edited = inputs.with(index, changed);
      expect(cacheKey(edited), `input ${index}`).not.toBe(cacheKey(inputs));
    }
  });

  test('tells apart inputs that only join to the same text', () => {
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
    expect(cacheKey(['abc'])).not.toBe(cacheKey(['ab', 'c']));
  });
});

describe('cached', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'build-cache-unit-'));
    process.env['BUILD_CACHE_DIR'] = dir;
  });
  afterEach(() => {
    delete process.env['BUILD_CACHE_DIR'];
    rmSync(dir, { recursive: true, force: true });
  });

  test('makes a file once per key and serves it from then on', async () => {
    let made = 0;
    const make = async () => new Uint8Array([++made]);
    expect([...(await cached('things', 'key-a', make))]).toEqual([1]);
    expect([...(await cached('things', 'key-a', make))]).toEqual([1]);
    expect([...(await cached('things', 'key-b', make))]).toEqual([2]);
    expect(made).toBe(2);
    expect(readdirSync(join(dir, 'things')).sort(), 'nothing half-written left beside the entries').toEqual(['key-a', 'key-b']);
  });
});
