import { expect, test } from 'vitest';
import sharp from 'sharp';
import { drawSocialImage, socialImageKey } from '@/social/card-image';
import { CARD_COLOURS, type SocialCard } from '@/social/card-layout';

const card: SocialCard = {
  kicker: 'A question from the interview',
  headline: 'What is it?',
  authors: 'Ada Lovelace and Grace Hopper',
  siteName: 'Example',
};

test('a card keeps its key, and any change to what it shows gives a new one', async () => {
  const key = await socialImageKey(card);
  expect(await socialImageKey({ ...card })).toBe(key);
  for (const field of Object.keys(card) as (keyof SocialCard)[]) {
    expect(await socialImageKey({ ...card, [field]: `${card[field]}.` }), field).not.toBe(key);
  }
});

test('draws a 1200×630 palette PNG of at most 25 KB', async () => {
  const png = await drawSocialImage({ ...card, headline: 'word '.repeat(200).trim() });
  const { info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([1200, 630]);
  const metadata = await sharp(png).metadata();
  expect(metadata.format).toBe('png');
  expect(metadata.isPalette).toBe(true);
  expect(png.length).toBeLessThanOrEqual(25_000);
});

test('shows the paper and each of its inks as they are, in 16 colours at most', async () => {
  const { data } = await sharp(await drawSocialImage(card)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const colours = new Set<string>();
  for (let at = 0; at < data.length; at += 3) colours.add(`#${[...data.subarray(at, at + 3)].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`);
  expect(colours.size).toBeLessThanOrEqual(16);
  for (const [name, colour] of Object.entries(CARD_COLOURS)) expect(colours.has(colour), `${name} ${colour}`).toBe(true);
});
