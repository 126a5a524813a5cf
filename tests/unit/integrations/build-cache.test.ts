import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import buildCacheReport, { cached, cachedKeys, cacheKey, makeAhead } from '@/integrations/build-cache';

describe('cacheKey', () => {
  test('is the same for the same inputs, and new when any input changes', () => {
    const inputs = ['layout', 'code', new Uint8Array([1, 2, 3]), 'canvas 1.0.0'];
    expect(cacheKey(inputs)).toBe(cacheKey([...inputs]));
    for (const [index, changed] of [[0, 'layout!'], [1, 'code '], [2, new Uint8Array([1, 2, 4])], [3, 'canvas 1.0.1']] as const) {
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

  test('makes an entry once per key and serves it from then on', async () => {
    let made = 0;
    const make = async () => new Uint8Array([++made]);
    expect([...(await cached('things', 'key-a', make))]).toEqual([1]);
    expect([...(await cached('things', 'key-a', make))]).toEqual([1]);
    expect([...(await cached('things', 'key-b', make))]).toEqual([2]);
    expect(made).toBe(2);
    expect(cachedKeys('things')).toEqual(['key-a', 'key-b']);
  });

  /** What the build's report says of one kind. */
  function reported(kind: string): string {
    const lines: string[] = [];
    const hooks = buildCacheReport().hooks as Record<string, (options: unknown) => void>;
    hooks['astro:build:done']!({ logger: { info: (line: string) => lines.push(line) } });
    return lines.find((line) => line.startsWith(`${kind}:`)) ?? '';
  }

  test('makes an entry asked for twice at once only once, and counts it once, as made', async () => {
    let made = 0;
    const make = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return new Uint8Array([++made]);
    };
    const [first, second] = await Promise.all([cached('drawn ahead', 'key', make), cached('drawn ahead', 'key', make)]);
    expect([...first], 'the same bytes to both').toEqual([...second]);
    expect(made).toBe(1);
    // Asked for again once made, it is read back from the cache folder, but this build made it.
    expect([...(await cached('drawn ahead', 'key', make))]).toEqual([1]);
    expect(reported('drawn ahead')).toMatch(/^drawn ahead: 1 made, 0 from the cache/);
  });

  test('makes an entry ahead only when the cache holds none, and the step that asks for it then waits for that one', async () => {
    let made = 0;
    const make = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return new Uint8Array([++made]);
    };
    const ahead = makeAhead('ahead', 'key', make);
    expect([...(await cached('ahead', 'key', make))], 'joins the making already under way').toEqual([1]);
    await ahead;
    await makeAhead('ahead', 'key', make);
    expect(made, 'made once, and not again once in the cache').toBe(1);
    expect(reported('ahead')).toMatch(/^ahead: 1 made, 0 from the cache/);
  });

  /** Entries made by an earlier build: another process, over the same folder. */
  function madeByAnEarlierBuild(kind: string, entries: Record<string, number>): void {
    const module = JSON.stringify(new URL('../../../src/integrations/build-cache.ts', import.meta.url).href);
    const make = Object.entries(entries).map(([key, byte]) => `await cached(${JSON.stringify(kind)}, ${JSON.stringify(key)}, async () => Uint8Array.of(${byte}));`);
    execFileSync(process.execPath, ['--input-type=module', '--eval', `const { cached } = await import(${module}); ${make.join(' ')}`], { env: { ...process.env, BUILD_CACHE_DIR: dir } });
  }

  test('serves what an earlier build left in the cache, without making it', async () => {
    madeByAnEarlierBuild('earlier', { key: 7 });
    const make = async () => Uint8Array.of(1);
    expect([...(await cached('earlier', 'key', make))]).toEqual([7]);
    expect(reported('earlier')).toMatch(/^earlier: 0 made, 1 from the cache/);
  });

  test('never serves an entry an earlier build was stopped while writing: it is made again', async () => {
    madeByAnEarlierBuild('stopped', { whole: 7, cut: 8 });
    const [pack] = readdirSync(join(dir, 'stopped'));
    truncateSync(join(dir, 'stopped', pack!), statSync(join(dir, 'stopped', pack!)).size - 1);
    expect([...(await cached('stopped', 'cut', async () => Uint8Array.of(1)))]).toEqual([1]);
    expect([...(await cached('stopped', 'whole', async () => Uint8Array.of(2)))]).toEqual([7]);
    expect(reported('stopped')).toMatch(/^stopped: 1 made, 1 from the cache/);
  });

  test('makes again an entry whose pack was cut short after this process read where it is', async () => {
    madeByAnEarlierBuild('cut later', { only: 7 });
    expect(cachedKeys('cut later'), 'indexed while whole').toEqual(['only']);
    const [pack] = readdirSync(join(dir, 'cut later'));
    truncateSync(join(dir, 'cut later', pack!), statSync(join(dir, 'cut later', pack!)).size - 1);
    expect([...(await cached('cut later', 'only', async () => Uint8Array.of(1)))]).toEqual([1]);
  });

  test('makes again, and keeps, an entry whose folder was removed while the process ran', async () => {
    await cached('cleared', 'first', async () => Uint8Array.of(1));
    rmSync(dir, { recursive: true });
    expect([...(await cached('cleared', 'second', async () => Uint8Array.of(2)))]).toEqual([2]);
    expect(cachedKeys('cleared'), 'kept in a cache made again, without what was removed').toEqual(['second']);
  });
});
