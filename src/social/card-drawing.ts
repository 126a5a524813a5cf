/**
 * Drawing a card: its layout (`card-layout.ts`) measured and painted by Skia (@napi-rs/canvas),
 * the pixels then written as a palette PNG. A build draws its cards in worker threads
 * (`card-worker.ts`), so Node runs this file as it is: it imports only packages and relative `.ts`
 * files.
 */
import { Canvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { cardFonts } from './card-fonts.ts';
import { cardLayout, inkedRows, type CardLayout, type CardType, type MeasureText, type SocialCard } from './card-layout.ts';
import { palettePng, paletteRows, rgbOf, type Rgb } from './card-png.ts';

/** One card to draw: what it says, its size, and the colours it can show. */
export interface CardDrawing {
  card: SocialCard;
  width: number;
  height: number;
  palette: readonly Rgb[];
}

// Skia matches every weight registered under one family to the last one registered: each weight is a family of its own.
const familyOf = (weight: CardType['weight']) => `Card Serif ${weight}`;
const fontOf = (type: CardType) => `${type.size}px "${familyOf(type.weight)}"`;

let fontsRegistered: Promise<void> | undefined;
const registerFonts = () =>
  (fontsRegistered ??= cardFonts().then((fonts) => {
    for (const font of fonts) GlobalFonts.register(font.data, familyOf(font.weight));
  }));

/** One canvas a thread, painted over for each card: making a canvas costs more than painting a card. */
let canvas: Canvas | undefined;
async function contextFor(width: number, height: number): Promise<SKRSContext2D> {
  await registerFonts();
  if (canvas?.width !== width || canvas.height !== height) canvas = new Canvas(width, height);
  return canvas.getContext('2d');
}

const measureIn =
  (context: SKRSContext2D): MeasureText =>
  (text, type) => {
    context.font = fontOf(type);
    const metrics = context.measureText(text);
    return { width: metrics.width, ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
  };

/** Where everything on the card goes, measured in the card's fonts. */
export async function layOutCard({ card, width, height }: Omit<CardDrawing, 'palette'>): Promise<CardLayout> {
  return cardLayout(card, { width, height }, measureIn(await contextFor(width, height)));
}

/** The card as a 4-bit PNG of its palette's colours, each pixel the nearest. */
export async function drawCard(drawing: CardDrawing): Promise<Buffer> {
  const { width, height } = drawing;
  const layout = await layOutCard(drawing);
  const context = await contextFor(width, height);
  context.fillStyle = layout.paper;
  context.fillRect(0, 0, width, height);
  for (const rule of layout.rules) {
    context.fillStyle = rule.colour;
    context.fillRect(rule.x, rule.y, rule.width, rule.height);
  }
  for (const text of layout.texts) {
    context.font = fontOf(text.type);
    context.fillStyle = text.colour;
    context.fillText(text.text, text.x, text.baseline);
  }
  // Rows left bare are written as paper without being read back: reading a card's pixels out of
  // Skia took longer than painting them.
  const bands = inkedRows(layout).map(({ top, bottom }) => {
    const { data } = context.getImageData(0, top, width, bottom - top);
    return { top, rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  });
  return palettePng(width, height, drawing.palette, paletteRows(width, height, drawing.palette, bands, rgbOf(layout.paper)));
}
