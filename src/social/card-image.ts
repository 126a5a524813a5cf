import { createRequire } from 'node:module';
import { cached, cacheKey, makeAhead } from '@/integrations/build-cache';
import type { CardDrawing } from './card-drawing';
import { cardFonts } from './card-fonts';
import { CARD_COLOURS, type CardLayout, type SocialCard } from './card-layout';
import { blendPalette, rgbOf } from './card-png';
import cuttingCode from '../content/answer-start.ts?raw';
import drawingCode from './card-drawing.ts?raw';
import fontsCode from './card-fonts.ts?raw';
import layoutCode from './card-layout.ts?raw';
import encodingCode from './card-png.ts?raw';
import { cardWorkers } from './card-workers';
import { SOCIAL_IMAGE } from './meta-tags';

const require = createRequire(import.meta.url);

/**
 * A card's 16 colours: the paper, and each ink blended over it at even steps, so the anti-aliased
 * edges of its text keep their shades. The ink of the headline, authors and rule has the most text
 * and the most steps.
 */
const PALETTE = blendPalette(rgbOf(CARD_COLOURS.paper), [
  { ink: rgbOf(CARD_COLOURS.ink), strengths: 7 },
  { ink: rgbOf(CARD_COLOURS.accent), strengths: 4 },
  { ink: rgbOf(CARD_COLOURS.muted), strengths: 4 },
]);

/** The canvas, loaded only by a card to draw here: a build whose cards are all in the cache never starts it. */
const drawingLibraries = () => import('./card-drawing');

const drawingOf = (card: SocialCard): CardDrawing => ({ card, width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height, palette: PALETTE });

/** Where the card's every line goes, measured as it is drawn. */
export const socialImageLayout = async (card: SocialCard): Promise<CardLayout> => (await drawingLibraries()).layOutCard(drawingOf(card));

/**
 * A 1200×630 PNG of the card, as link previews show it: a 4-bit palette PNG of the card's own 16
 * colours, the same to the eye as truecolour at under half the bytes. The colours being known, no
 * quantiser needs to find them. A build draws it in its card workers (`card-workers.ts`), while
 * its own thread renders other pages; the dev server and the tests draw it here.
 */
export async function drawSocialImage(card: SocialCard): Promise<Uint8Array> {
  const drawing = drawingOf(card);
  const workers = cardWorkers.pool();
  return workers ? workers.run(drawing) : (await drawingLibraries()).drawCard(drawing);
}

const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

let drawing: Promise<string> | undefined;
/**
 * What shapes every card alike, hashed once a build: the code that lays it out (with the cut of a
 * headline too long), draws and encodes it, the fonts' bytes, and the libraries' versions.
 */
const drawingKey = async () =>
  cacheKey([
    layoutCode,
    cuttingCode,
    drawingCode,
    fontsCode,
    encodingCode,
    ...(await cardFonts()).map((font) => font.data),
    `@napi-rs/canvas ${version('@napi-rs/canvas')}`,
    `zlib ${process.versions.zlib}`,
  ]);

/** Everything that shapes a card's pixels: its text, its size and palette, and what shapes every card alike. */
export async function socialImageKey(card: SocialCard): Promise<string> {
  return cacheKey([JSON.stringify(drawingOf(card)), await (drawing ??= drawingKey())]);
}

const SOCIAL_IMAGES = 'social images';

/** The card's PNG, drawn once for as long as nothing that shapes it changes. */
export async function socialImage(card: SocialCard): Promise<Uint8Array> {
  return cached(SOCIAL_IMAGES, await socialImageKey(card), () => drawSocialImage(card));
}

/**
 * Starts drawing a card in the build's card workers, unless the cache holds it, for a route that
 * will ask for it: every card of the articles just parsed as the build starts (`cards-ahead.ts`),
 * and a page's own as it renders, for articles the content layer kept from its last build. The
 * cards' routes come after the pages, and the workers would otherwise wait idle for them; a
 * card's route then finds it drawn, or being drawn (`cached`). Nothing happens in the dev server,
 * which draws a card when it is asked for.
 */
export function drawAhead(card: SocialCard): void {
  if (!cardWorkers.pool()) return;
  // A card that fails here fails again in its route, which reports it.
  socialImageKey(card)
    .then((key) => makeAhead(SOCIAL_IMAGES, key, () => drawSocialImage(card)))
    .catch(() => {});
}
