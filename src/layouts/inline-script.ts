/**
 * The text of every page's one inline script (`client/inline-script.ts`), which the policy allows
 * by its hash (`src/integrations/csp.ts`).
 */
import { PAGE_IDS } from '@/shared/page-ids';
import { inlineScript } from './client/inline-script';

/** How long after the load event the page's script files come when no paint entry has brought them. */
const WITHOUT_PAINT_ENTRY_MS = 500;

export const INLINE_SCRIPT = `(${inlineScript.toString()})(${JSON.stringify(PAGE_IDS.enhancements)},${WITHOUT_PAINT_ENTRY_MS})`;
