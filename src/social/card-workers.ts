import type { AstroIntegration } from 'astro';
import { startWorkerPool, type WorkerPool } from '@/integrations/worker-pool';
import type { CardDrawing } from './card-drawing';

type CardPool = WorkerPool<CardDrawing, Uint8Array>;

/**
 * On `globalThis`: the integration starts the pool, and the routes that draw cards, bundled apart,
 * run in the same process.
 */
const POOL = Symbol.for('research-explainers.card-workers');
const shared = globalThis as { [POOL]?: CardPool };

/** The build's card-drawing workers while it renders pages; none in the dev server or a test. */
export const cardWorkers = (): CardPool | undefined => shared[POOL];

/**
 * Draws a build's cards in worker threads, one per core. Painting and reading back a card's pixels
 * hold the thread that asks for them: in the build's own thread they held the pages behind it.
 */
export default function cardWorkersIntegration(): AstroIntegration {
  return {
    name: 'card-workers',
    hooks: {
      'astro:build:start': () => {
        shared[POOL] = startWorkerPool<CardDrawing, Uint8Array>(new URL('./card-worker.ts', import.meta.url));
      },
      'astro:build:generated': async () => {
        await shared[POOL]?.close();
        delete shared[POOL];
      },
    },
  };
}
