import { describe, expect, test } from 'vitest';
import { CARD_PADDING, cardAlt, fitHeadline, type SocialCard } from '@/social/card-layout';
import { socialImageSvg } from '@/social/card-image';

const card: SocialCard = {
  kicker: 'A question from the interview',
  headline: 'What is it?',
  authors: 'Ada Lovelace and Grace Hopper',
  siteName: 'Example',
};

describe('fitHeadline', () => {
  test('gives a short question larger type than a long title', () => {
    const short = fitHeadline('What is IS-K?');
    const long = fitHeadline('What is ISIS-K? Two terrorism experts on the group behind the deadly Kabul airport attack and its rivalry with the Taliban');
    expect(short.fontSize).toBeGreaterThan(long.fontSize);
    expect(long.text).not.toContain('…');
  });

  test('keeps type large enough to read as a thumbnail, cutting a very long headline at a word', () => {
    const endless = 'word '.repeat(200).trim();
    const fitted = fitHeadline(endless);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(48);
    expect(fitted.text).toMatch(/^word( word)+…$/);
    expect(fitted.text.length).toBeLessThan(endless.length / 2);
  });
});

test('the alternative text says everything the card shows', () => {
  const alt = cardAlt(card);
  for (const text of Object.values(card)) expect(alt).toContain(text);
});

/** Each word satori placed: its box (y is the baseline) and its text. */
async function placedWords(card: SocialCard) {
  const svg = await socialImageSvg(card, { textAsPaths: false });
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*>([^<]*)</g)].map(([, x, y, width, height, text]) => ({
    x: Number(x),
    y: Number(y),
    width: Number(width),
    height: Number(height),
    text: text!.trim(),
  }));
}

test.each([
  ['a short question', 'What is IS-K?'],
  ['a long title', 'What is ISIS-K? Two terrorism experts on the group behind the deadly Kabul airport attack and its rivalry with the Taliban'],
  ['an endless headline', 'word '.repeat(200).trim()],
])('%s stays inside the card’s margins and above the authors', async (_, headline) => {
  const words = (await placedWords({ ...card, headline })).filter((word) => word.text !== '');
  expect(words.map((word) => word.text)).toContain('Hopper');
  for (const word of words) {
    expect(word.x, word.text).toBeGreaterThanOrEqual(CARD_PADDING - 1);
    expect(word.x + word.width, word.text).toBeLessThanOrEqual(1200 - CARD_PADDING + 1);
    expect(word.y, word.text).toBeLessThanOrEqual(630 - CARD_PADDING);
  }
  const wordsOf = (text: string) => new Set(text.split(' '));
  const [kicker, authors, heading] = [wordsOf(card.kicker), wordsOf(card.authors), wordsOf(headline)];
  const footerTop = Math.min(...words.filter((word) => authors.has(word.text) && !heading.has(word.text)).map((word) => word.y - word.height));
  const headlineBottom = Math.max(
    ...words.filter((word) => heading.has(word.text) && !kicker.has(word.text) && !authors.has(word.text)).map((word) => word.y),
  );
  expect(headlineBottom).toBeLessThan(footerTop);
});
