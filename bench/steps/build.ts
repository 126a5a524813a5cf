/** Build times: the whole `astro build`, the search indexing inside it (read from its log line), and the build's peak memory. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildSite } from '../../tests/support/build-site.ts';

export interface BuildRun {
  /** Wall time of `npx astro build`, as a person runs it. */
  buildMs: number;
  indexMs: number;
  /** Peak resident memory of the build's largest process, when GNU time is there to measure it. */
  peakMemoryBytes?: number;
  /** What the build printed. */
  log: string;
}

/** Our Pagefind step's line (src/integrations/pagefind.ts), or Starlight's (`in 262ms`, `in 1.2s`). */
const INDEXING = [/indexed \d+ page\(s\) into pagefind\/ in (\d+) ms/, /Finished building search index in ([\d.]+)(m?s)/];
const TIME = '/usr/bin/time';

function measured(started: number, result: { status: number | null; stdout: string; stderr: string }): BuildRun {
  const buildMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  const indexed = INDEXING.map((pattern) => pattern.exec(result.stdout + result.stderr)).find(Boolean);
  if (!indexed) throw new Error('the build did not report how long indexing took (src/integrations/pagefind.ts)');
  const peak = /^peak resident (\d+) KB$/m.exec(result.stderr);
  return { buildMs, indexMs: Number(indexed[1]) * (indexed[2] === 's' ? 1000 : 1), log: result.stdout, ...(peak ? { peakMemoryBytes: Number(peak[1]) * 1024 } : {}) };
}

/** The site's own build, as `npm run build` runs it. */
export function timedBuild(outDir: string, settings: Record<string, string> = {}, force = false): BuildRun {
  const started = performance.now();
  return measured(started, buildSite({ outDir, settings, force }));
}

/**
 * `astro build` of the Astro project in `cwd` (the site, or the bench's Starlight peer) with
 * `env` added, under GNU time when it is installed: it reports the largest resident size of the
 * processes it waited for, which includes the build npx starts.
 */
export function measuredBuild(cwd: string, outDir: string, env: Record<string, string>): BuildRun {
  const command = ['npx', 'astro', 'build', '--outDir', outDir];
  const timed = existsSync(TIME) ? [TIME, '-f', 'peak resident %M KB', ...command] : command;
  const started = performance.now();
  const result = spawnSync(timed[0]!, timed.slice(1), { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return measured(started, result);
}

/** One warm-up build (not counted; it also clears whatever content cache an earlier run left), then `runs` timed ones. */
export function buildTimes(outDir: string, runs: number, settings: Record<string, string> = {}): BuildRun[] {
  timedBuild(outDir, settings, true);
  return Array.from({ length: runs }, () => timedBuild(outDir, settings));
}
