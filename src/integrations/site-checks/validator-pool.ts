import type { ConfigData } from 'html-validate';
import { startWorkerPool, type WorkerPool } from '../worker-pool';

export interface ValidationMessage {
  line: number;
  column: number;
  message: string;
  ruleId: string;
}

export interface ValidatorPool {
  validate(html: string, file: string): Promise<ValidationMessage[]>;
}

export interface ValidationJob {
  html: string;
  file: string;
}

const pools = new Map<string, WorkerPool<ValidationJob, ValidationMessage[]>>();

/**
 * html-validate in worker threads (`validation-worker.ts`). In the build's own thread it shares a
 * heap with everything the build keeps, and at a thousand articles it took 21 ms a page there
 * against 7.5 ms in a thread of its own; the workers also validate side by side. They start on the
 * first page to validate and stay for the next checks with the same configuration.
 */
export function validatorPool(config: ConfigData): ValidatorPool {
  const key = JSON.stringify(config);
  return {
    validate: (html, file) => {
      let pool = pools.get(key);
      if (!pool) pools.set(key, (pool = startWorkerPool<ValidationJob, ValidationMessage[]>(new URL('./validation-worker.ts', import.meta.url), config)));
      return pool.run({ html, file });
    },
  };
}
