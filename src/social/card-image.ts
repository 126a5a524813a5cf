import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cached, cacheKey } from '@/integrations/build-cache';
import { CARD_COLOURS, cardLayout, type SocialCard } from './card-layout';
import { blendPalette, palettePng, paletteRows, rgbOf } from './card-png';
import encodingCode from './card-png.ts?raw';
import drawingCode from './card-image.ts?raw';
import { SOCIAL_IMAGE } from './meta-tags';

const require = createRequire(import.meta.url);

/** The font comes from an npm package and is read from disk: building the images needs no network. */
async function fontFile(weight: 400 | 600 | 700) {
  // Satori reads WOFF but not WOFF2.
  const file = require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`);
  return { name: 'Source Serif 4', weight, style: 'normal' as const, data: await readFile(file) };
}

let fonts: ReturnType<typeof loadFonts> | undefined;
const loadFonts = () => Promise.all([fontFile(400), fontFile(600), fontFile(700)]);

/**
 * The card as SVG. Text is drawn as glyph outlines, so the image needs no font where it is shown;
 * `textAsPaths: false` keeps each word as a positioned `<text>`, so a test can see where it landed.
 */
export async function socialImageSvg(card: SocialCard, { textAsPaths = true } = {}): Promise<string> {
  fonts ??= loadFonts();
  return satori(cardLayout(card) as Parameters<typeof satori>[0], {
    width: SOCIAL_IMAGE.width,
    height: SOCIAL_IMAGE.height,
    fonts: await fonts,
    embedFont: textAsPaths,
  });
}

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

/**
 * A 1200×630 PNG of the card, as link previews show it: a 4-bit palette PNG of the card's own 16
 * colours, the same to the eye as truecolour at under half the bytes. The colours being known, no
 * quantiser needs to find them. resvg paints off the main thread (`renderAsync`), so cards drawn
 * while Astro renders other pages (`build.concurrency`) use every core.
 */
export async function drawSocialImage(card: SocialCard): Promise<Buffer> {
  // The card's text is already outlines: resvg needs no fonts, and finding the system's took it
  // longer (about 24 ms a card) than painting the card.
  const { pixels, width, height } = await renderAsync(await socialImageSvg(card), {
    fitTo: { mode: 'width', value: SOCIAL_IMAGE.width },
    font: { loadSystemFonts: false },
  });
  return palettePng(width, height, PALETTE, paletteRows(pixels, width, height, PALETTE));
}

const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

let drawing: Promise<string> | undefined;
/** What shapes every card alike, hashed once a build: the code that draws and encodes it, the fonts' bytes, and the libraries' versions. */
const drawingKey = async () =>
  cacheKey([
    drawingCode,
    encodingCode,
    ...(await (fonts ??= loadFonts())).map((font) => font.data),
    `satori ${version('satori')}`,
    `resvg ${version('@resvg/resvg-js')}`,
    `zlib ${process.versions.zlib}`,
  ]);

/**
 * Everything that shapes a card's pixels: the layout with its text (the fitted headline, sizes and
 * colours), and what shapes every card alike.
 */
export async function socialImageKey(card: SocialCard): Promise<string> {
  return cacheKey([JSON.stringify(cardLayout(card)), await (drawing ??= drawingKey())]);
}

/** The card's PNG, drawn once for as long as nothing that shapes it changes. */
export async function socialImage(card: SocialCard): Promise<Uint8Array> {
  return cached('social images', await socialImageKey(card), () => drawSocialImage(card));
}
