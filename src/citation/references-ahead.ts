import { madeAhead } from '@/integrations/made-ahead';
import { articleUrl } from '@/shared/paths';
import { citationItem, citationStyles } from './citation';
import { formatAhead } from './citation-output';

/** Every reference of every article just parsed, formatted while Astro bundles the pages (`made-ahead.ts`). */
export const formatReferencesAhead = () =>
  madeAhead('references-ahead', ({ id, data }, { site, base }) => {
    const item = citationItem(data, id, articleUrl(site, base, id));
    for (const style of citationStyles) formatAhead(item, style);
  });
