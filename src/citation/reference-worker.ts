/** A worker thread that formats references (`reference-workers.ts`). */
import { workerData } from 'node:worker_threads';
import { answerJobs } from '../integrations/worker-pool.ts';
import { addStyles, formatReference, type FormattedReference } from './formatting.ts';
import type { ReferenceJob } from './reference-workers.ts';

addStyles(workerData as Record<string, string>);

answerJobs<ReferenceJob, FormattedReference>(async ({ item, style }) => formatReference(item, style));
