/**
 * Drawing a card: its layout to SVG (satori), the SVG to pixels (resvg), the pixels to a palette
 * PNG. A build draws its cards in worker threads (`card-worker.ts`), so Node runs this file as it
 * is: it imports only packages, `card-fonts.ts` and `card-png.ts`.
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cardFonts } from './card-fonts.ts';
import type { CardElement } from './card-layout.ts';
import { palettePng, paletteRows, type Rgb } from './card-png.ts';

/** One card to draw: its layout, its size, and the colours it can show. */
export interface CardDrawing {
  layout: CardElement;
  width: number;
  height: number;
  palette: readonly Rgb[];
}

/**
 * The card as SVG. Text is drawn as glyph outlines, so the image needs no font where it is shown;
 * `textAsPaths: false` keeps each word as a positioned `<text>`, so a test can see where it landed.
 */
export async function cardSvg({ layout, width, height }: Omit<CardDrawing, 'palette'>, { textAsPaths = true } = {}): Promise<string> {
  return satori(layout as Parameters<typeof satori>[0], { width, height, fonts: await cardFonts(), embedFont: textAsPaths });
}

/** The card as a 4-bit PNG of its palette's colours, each pixel the nearest. */
export async function drawCard(drawing: CardDrawing): Promise<Buffer> {
  // The card's text is already outlines: resvg needs no fonts, and finding the system's took it
  // longer (about 24 ms a card) than painting the card.
  const { pixels, width, height } = await renderAsync(await cardSvg(drawing), {
    fitTo: { mode: 'width', value: drawing.width },
    font: { loadSystemFonts: false },
  });
  return palettePng(width, height, drawing.palette, paletteRows(pixels, width, height, drawing.palette));
}
