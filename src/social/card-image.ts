import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardLayout, type SocialCard } from './card-layout';
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

/** A 1200×630 PNG of the card, as link previews show it. */
export async function socialImage(card: SocialCard): Promise<Buffer> {
  const svg = await socialImageSvg(card);
  return new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width } }).render().asPng();
}
