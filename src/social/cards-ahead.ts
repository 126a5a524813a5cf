import { madeAhead } from '@/integrations/made-ahead';
import { drawAhead } from './card-image';
import { shareCard } from './share-card';

/** Every card of every article just parsed, drawn while Astro bundles the pages (`made-ahead.ts`). */
export const drawCardsAhead = () =>
  madeAhead('cards-ahead', ({ data }) => {
    drawAhead(shareCard(data));
    for (const question of data.questions) drawAhead(shareCard(data, question));
  });
