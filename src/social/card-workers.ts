import { buildWorkers } from '@/integrations/worker-pool';
import type { CardDrawing } from './card-drawing';

/**
 * A build draws its cards in worker threads, one per core. Painting and reading back a card's
 * pixels hold the thread that asks for them: in the build's own thread they held the pages behind it.
 */
export const cardWorkers = buildWorkers<CardDrawing, Uint8Array>('card-workers', new URL('./card-worker.ts', import.meta.url));
