import { buildWorkers } from '@/integrations/worker-pool';
import type { CitationItem, CitationStyle } from './citation';
import { CSL_STYLES } from './csl-styles';
import type { FormattedReference } from './formatting';

export interface ReferenceJob {
  item: CitationItem;
  style: CitationStyle;
}

/**
 * A build formats its references in a worker thread: Citation.js's style engine takes a few
 * milliseconds a reference, which in the build's own thread held up the pages rendering behind
 * it. One thread is enough for four references an article, and starts one style engine.
 */
export const referenceWorkers = buildWorkers<ReferenceJob, FormattedReference>('reference-workers', new URL('./reference-worker.ts', import.meta.url), {
  workerData: CSL_STYLES,
  size: 1,
});
