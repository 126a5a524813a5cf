/** A worker thread that draws cards (`card-workers.ts`). */
import { answerJobs } from '../integrations/worker-pool.ts';
import { drawCard, type CardDrawing } from './card-drawing.ts';

answerJobs<CardDrawing, Uint8Array>(drawCard);
