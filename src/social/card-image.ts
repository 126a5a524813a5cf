import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cached, cacheKey } from '@/integrations/build-cache';
import { cardLayout, type SocialCard } from './card-layout';
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
 * A 1200×630 PNG of the card, as link previews show it. A text card in four colours needs few:
 * 16 look the same as truecolour at under half the bytes. They are found at the quantiser's
 * lowest effort, without dithering (16 colours are enough for the anti-aliased edges of text),
 * and compressed at zlib's default level: on a card 26 ms instead of 93 (effort 10, dithered,
 * level 9) for 20 KB instead of 21, the same to the eye, and a cold build draws thousands.
 * resvg and libvips work off the main thread (`renderAsync`, sharp), so cards drawn while Astro
 * renders other pages (`build.concurrency`) use every core.
 */
export async function drawSocialImage(card: SocialCard): Promise<Buffer> {
  // The card's text is already outlines: resvg needs no fonts, and finding the system's took it
  // longer (about 24 ms a card) than painting the card.
  const pixels = await renderAsync(await socialImageSvg(card), { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width }, font: { loadSystemFonts: false } });
  return sharp(pixels.pixels, { raw: { width: pixels.width, height: pixels.height, channels: 4 } })
    .removeAlpha()
    .png({ palette: true, colours: 16, dither: 0, compressionLevel: 6, effort: 1 })
    .toBuffer();
}

const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

let drawing: Promise<string> | undefined;
/** What shapes every card alike, hashed once a build: this file's drawing code, the fonts' bytes, and the drawing libraries' versions. */
const drawingKey = async () =>
  cacheKey([
    drawingCode,
    ...(await (fonts ??= loadFonts())).map((font) => font.data),
    `satori ${version('satori')}`,
    `resvg ${version('@resvg/resvg-js')}`,
    `sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, libimagequant ${sharp.versions.imagequant ?? ''}`,
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
