import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { blendPalette, palettePng, paletteRows, rgbOf, type Rgb } from '@/social/card-png';

const PAPER: Rgb = [250, 250, 250];
const INK: Rgb = [10, 10, 10];
const RED: Rgb = [200, 20, 20];

describe('rgbOf', () => {
  test.each([
    ['#fdfcf8', [253, 252, 248]],
    ['#1F1D1A', [31, 29, 26]],
  ])('%s', (hex, rgb) => expect(rgbOf(hex)).toEqual(rgb));

  test.each(['fdfcf8', '#fff', '#fdfcf', 'red'])('refuses %s', (hex) => expect(() => rgbOf(hex)).toThrow(/not a colour written #rrggbb/));
});

describe('blendPalette', () => {
  test('the paper first, then each ink from its faintest blend over the paper up to the ink itself', () => {
    expect(blendPalette(PAPER, [{ ink: INK, strengths: 2 }, { ink: RED, strengths: 1 }])).toEqual([PAPER, [130, 130, 130], INK, RED]);
  });

  test('holds at most the 16 colours four bits can name', () => {
    expect(blendPalette(PAPER, [{ ink: INK, strengths: 15 }])).toHaveLength(16);
    expect(() => blendPalette(PAPER, [{ ink: INK, strengths: 15 }, { ink: RED, strengths: 1 }])).toThrow(/at most 16 colours, not 17/);
  });
});

describe('a palette PNG of an image', () => {
  const palette = blendPalette(PAPER, [{ ink: INK, strengths: 4 }, { ink: RED, strengths: 2 }]);
  /** Three rows of five pixels (an odd width, so the last byte of a row holds one pixel): each an exact palette colour, or near one. */
  const image: { drawn: Rgb; expected: Rgb }[][] = [
    [PAPER, INK, RED, PAPER, INK].map((colour) => ({ drawn: colour, expected: colour })),
    [
      { drawn: [245, 248, 251], expected: PAPER },
      { drawn: [12, 9, 11], expected: INK },
      { drawn: [198, 25, 18], expected: RED },
      { drawn: [131, 128, 129], expected: palette[2]! },
      { drawn: [226, 134, 133], expected: palette[5]! },
    ],
    Array.from({ length: 5 }, () => ({ drawn: PAPER, expected: PAPER })),
  ];
  const [width, height] = [5, 3];
  const rgba = Uint8Array.from(image.flat().flatMap(({ drawn }) => [...drawn, 255]));

  test('decodes as a 4-bit palette PNG of the same size, each pixel its nearest palette colour', async () => {
    const png = await palettePng(width, height, palette, paletteRows(width, height, palette, [{ top: 0, rgba }], palette[0]!));
    const metadata = await sharp(png).metadata();
    expect(metadata).toMatchObject({ format: 'png', width, height, isPalette: true, bitsPerSample: 4 });
    const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const decoded = Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => [...data.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)]));
    expect(decoded).toEqual(image.map((row) => row.map(({ expected }) => [...expected])));
  });

  test('each row is unfiltered, two pixels to a byte, the first in the high half', () => {
    const rows = paletteRows(width, height, palette, [{ top: 0, rgba }], palette[0]!);
    expect(rows).toHaveLength(height * (1 + 3));
    // PAPER, INK | RED, PAPER | INK, nothing
    expect([...rows.subarray(0, 4)]).toEqual([0, 0x04, 0x60, 0x40]);
  });
});

test('rows outside the bands read are all the bare colour\'s nearest, and a band is written where it starts', () => {
  const palette = [rgbOf('#ffffff'), rgbOf('#000000')];
  const [width, height] = [4, 4];
  const white = new Uint8Array(width * 4).fill(255);
  const rows = paletteRows(width, height, palette, [{ top: 2, rgba: white }], rgbOf('#0a0a0a'));
  // Each row: its filter byte, then two bytes of two pixels each.
  expect([...rows]).toEqual([0, 0x11, 0x11, 0, 0x11, 0x11, 0, 0, 0, 0, 0x11, 0x11]);
  expect(() => paletteRows(width, height, palette, [{ top: 3, rgba: Uint8Array.of(...white, ...white) }], palette[0]!)).toThrow('is not whole rows of a 4×4 image');
});

test.each([0, 17])('refuses to write a 4-bit PNG whose palette has %i colours', async (colours) => {
  const palette = Array.from({ length: colours }, (_, index): Rgb => [index, index, index]);
  await expect(palettePng(1, 1, palette, Uint8Array.of(0, 0))).rejects.toThrow(`a 4-bit PNG's palette holds 1 to 16 colours, not ${colours}`);
});
