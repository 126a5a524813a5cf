/**
 * Each page's Lighthouse scores and largest contentful paint, beside its floor's (`bench/lib/floor.ts`: the
 * same page as plain HTML, built here from `dist/`, served the same way on a port of its own), in
 * the same run, so the machine's speed cancels out of the ratio.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { floorPage } from '../lib/floor.ts';
import { serveStatic } from '../lib/static-server.ts';
import { distFileFor } from '../lib/weight.ts';
import { lighthouseScores, type LighthouseResult } from './lighthouse.ts';

export interface FloorComparison {
  /** The page's own Lighthouse result: its four scores and its paint. */
  page: LighthouseResult;
  floorLcpMs: number;
  /** The page's paint over its floor's: 1 is as fast as plain HTML. */
  ratio: number;
}

export async function floorComparisons<Name extends string>(
  siteUrl: string,
  distDir: string,
  pages: Record<Name, string>,
  port: number,
  runs: number,
): Promise<Record<Name, FloorComparison>> {
  const floorDir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  const floor = await serveStatic(floorDir, port);
  try {
    const result = {} as Record<Name, FloorComparison>;
    for (const [name, path] of Object.entries(pages) as [Name, string][]) {
      const file = distFileFor(`/${path}`);
      mkdirSync(dirname(join(floorDir, file)), { recursive: true });
      writeFileSync(join(floorDir, file), floorPage(readFileSync(join(distDir, file), 'utf8')));
      const page = await lighthouseScores(new URL(path, siteUrl).href, port + 1, runs);
      const floorLcpMs = (await lighthouseScores(new URL(path, floor.url).href, port + 1, runs)).lcpMs;
      result[name] = { page, floorLcpMs, ratio: page.lcpMs / floorLcpMs };
    }
    return result;
  } finally {
    await floor.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}
