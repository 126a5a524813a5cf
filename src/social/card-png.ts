import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

/** A colour as red, green and blue, 0 to 255. */
export type Rgb = readonly [number, number, number];

/** Four bits a pixel: two pixels to a byte. */
const MOST_COLOURS = 16;

/** `#rrggbb` as red, green and blue. */
export function rgbOf(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`${hex} is not a colour written #rrggbb`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/**
 * The colours a card drawn in known inks on one paper can show: the paper, and each ink at evenly
 * spaced strengths over it, up to the ink itself (an anti-aliased edge is a blend of the two).
 */
export function blendPalette(paper: Rgb, inks: readonly { ink: Rgb; strengths: number }[]): Rgb[] {
  const palette: Rgb[] = [paper];
  for (const { ink, strengths } of inks) {
    for (let step = 1; step <= strengths; step += 1) {
      const blend = (channel: 0 | 1 | 2) => Math.round(paper[channel] + ((ink[channel] - paper[channel]) * step) / strengths);
      palette.push([blend(0), blend(1), blend(2)]);
    }
  }
  if (palette.length > MOST_COLOURS) throw new Error(`a card's palette holds at most ${MOST_COLOURS} colours, not ${palette.length}`);
  return palette;
}

const nearest = (palette: readonly Rgb[], red: number, green: number, blue: number): number => {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach(([r, g, b], index) => {
    const distance = (r - red) ** 2 + (g - green) ** 2 + (b - blue) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
};

/** Some of an image's rows, whole: `rgba` holds its pixels from row `top` down. */
export interface RowBand {
  top: number;
  rgba: Uint8Array;
}

/**
 * An opaque RGBA image as PNG's rows of palette indices: each pixel its nearest palette colour,
 * four bits each, every row led by the byte that says it is not filtered. Only the bands given
 * are read; every other row is all `bare`, the colour under them.
 */
export function paletteRows(width: number, height: number, palette: readonly Rgb[], bands: readonly RowBand[], bare: Rgb): Uint8Array {
  const rowBytes = 1 + Math.ceil(width / 2);
  const rows = new Uint8Array(rowBytes * height);
  const fillRow = (y: number, index: number) => {
    const out = y * rowBytes + 1;
    rows.fill((index << 4) | index, out, out + Math.floor(width / 2));
    if (width % 2 === 1) rows[out + Math.floor(width / 2)] = index << 4;
  };
  const bareIndex = nearest(palette, ...bare);
  // The bare colour as an opaque pixel, its four bytes read as one number as the pixels are.
  const barePixel = new Uint32Array(Uint8Array.of(...bare, 255).buffer)[0]!;
  for (let y = 0; y < height; y += 1) fillRow(y, bareIndex);
  // A card has a few dozen distinct colours among its 756,000 pixels, keyed without their alpha: a
  // 24-bit key is a small integer to the engine, where a 32-bit one would be a boxed number.
  const indexOf = new Map<number, number>();
  // Most of a card's rows are paper from edge to edge: such a row is compared whole, natively, with
  // a row of its first pixel's colour, and filled at once.
  const plainRows = new Map<number, Buffer>();
  const plainRow = (colour: number) => plainRows.get(colour) ?? plainRows.set(colour, Buffer.from(new Uint32Array(width).fill(colour).buffer)).get(colour)!;
  for (const { top, rgba } of bands) {
    // Each pixel read whole, its four bytes as one number.
    const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.byteLength / 4);
    const paletteIndex = (at: number): number => {
      const colour = pixels[at]! & 0xffffff;
      let index = indexOf.get(colour);
      if (index === undefined) indexOf.set(colour, (index = nearest(palette, rgba[at * 4]!, rgba[at * 4 + 1]!, rgba[at * 4 + 2]!)));
      return index;
    };
    const bandHeight = pixels.length / width;
    if (!Number.isInteger(bandHeight) || top < 0 || top + bandHeight > height) throw new Error(`a band of ${pixels.length} pixels from row ${top} is not whole rows of a ${width}×${height} image`);
    for (let y = 0; y < bandHeight; y += 1) {
      const [first, out] = [y * width, (top + y) * rowBytes + 1];
      if (Buffer.from(rgba.buffer, rgba.byteOffset + first * 4, width * 4).equals(plainRow(pixels[first]!))) {
        fillRow(top + y, paletteIndex(first));
        continue;
      }
      // Every row already holds the bare colour: only pairs of pixels with another are written,
      // a byte at a time. Within a row, colours come in runs.
      let lastColour = -1;
      let lastIndex = 0;
      const indexAt = (at: number): number => {
        if (pixels[at] !== lastColour) {
          lastColour = pixels[at]!;
          lastIndex = paletteIndex(at);
        }
        return lastIndex;
      };
      for (let x = 0; x + 1 < width; x += 2) {
        const at = first + x;
        if (pixels[at] === barePixel && pixels[at + 1] === barePixel) continue;
        rows[out + (x >> 1)] = (indexAt(at) << 4) | indexAt(at + 1);
      }
      if (width % 2 === 1) rows[out + (width >> 1)] = indexAt(first + width - 1) << 4;
    }
  }
  return rows;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Buffer {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, 'latin1');
  bytes.set(data, 8);
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

const compress = promisify(deflate);

/**
 * Node's own zlib compresses a card's rows off the main thread, where fast-png's JavaScript
 * deflate took three times as long and libvips' quantiser seven. Measured on 600 synthetic cards:
 * level 4 takes 1.2 ms a card, 6 2.3 ms and 7 3.1 ms, for cards of 17.9, 17.1 and 16.8 KB on
 * average. Level 6 is the fastest whose bytes keep a site of 5,000 articles (30,000 cards) under
 * GitHub Pages' 1 GB; at level 7, compressing was 8% of a cold build's processor time.
 */
const CARD_LEVEL = 6;

/** A 4-bit palette PNG of rows made by `paletteRows`. */
export async function palettePng(width: number, height: number, palette: readonly Rgb[], rows: Uint8Array): Promise<Buffer> {
  if (palette.length === 0 || palette.length > MOST_COLOURS) throw new Error(`a 4-bit PNG's palette holds 1 to ${MOST_COLOURS} colours, not ${palette.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 4, colour type 3 (indexed), then PNG's only compression and filter methods, and no interlacing.
  header.set([4, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', await compress(rows, { level: CARD_LEVEL })),
    chunk('IEND', new Uint8Array()),
  ]);
}
