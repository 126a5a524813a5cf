/** Build times: the whole `astro build`, and the Pagefind step inside it, read from its log line. */
import { buildSite } from '../../tests/support/build-site.ts';

export interface BuildRun {
  /** Wall time of `npx astro build`, as a person runs it. */
  buildMs: number;
  indexMs: number;
}

export function timedBuild(outDir: string, settings: Record<string, string> = {}, force = false): BuildRun {
  const started = performance.now();
  const result = buildSite({ outDir, settings, force });
  const buildMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  const indexed = /indexed \d+ page\(s\) into pagefind\/ in (\d+) ms/.exec(result.stdout);
  if (!indexed) throw new Error('the build did not report how long indexing took (src/integrations/pagefind.ts)');
  return { buildMs, indexMs: Number(indexed[1]) };
}

/** One warm-up build (not counted; it also clears whatever content cache an earlier run left), then `runs` timed ones. */
export function buildTimes(outDir: string, runs: number, settings: Record<string, string> = {}): BuildRun[] {
  timedBuild(outDir, settings, true);
  return Array.from({ length: runs }, () => timedBuild(outDir, settings));
}
