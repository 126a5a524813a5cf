/**
 * The fonts a card is set in. Reading them needs no drawing library: the build cache's key for a
 * card holds their bytes, and a build that finds every card in the cache never loads the canvas.
 * Node runs this file as it is, in the card workers: it imports only Node's own modules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CardType } from './card-layout.ts';

const require = createRequire(import.meta.url);

/** The font comes from an npm package and is read from disk: drawing a card needs no network. */
async function fontFile(weight: CardType['weight']) {
  const file = require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2`);
  return { weight, data: await readFile(file) };
}

let fonts: ReturnType<typeof loadFonts> | undefined;
const loadFonts = () => Promise.all([fontFile(400), fontFile(600), fontFile(700)]);

/** The fonts a card is set in, read once. */
export const cardFonts = () => (fonts ??= loadFonts());
