import type { ConfigData } from 'html-validate';
import type { PageCheck } from './page-reading';
import { startWorkerPool, type WorkerPool } from '../worker-pool';

export interface PageCheckJob {
  html: string;
  file: string;
}

const pools = new Map<string, WorkerPool<PageCheckJob, PageCheck>>();

/**
 * Pages validated and read in worker threads (`page-check-worker.ts`). In the build's own thread
 * html-validate shares a heap with everything the build keeps, and at a thousand articles it took
 * 21 ms a page there against 7.5 ms in a thread of its own; the workers also check side by side.
 * They start on the first page to check and stay for the next checks with the same configuration.
 */
export function checkPage(config: ConfigData, html: string, file: string): Promise<PageCheck> {
  const key = JSON.stringify(config);
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = startWorkerPool<PageCheckJob, PageCheck>(new URL('./page-check-worker.ts', import.meta.url), config)));
  return pool.run({ html, file });
}
