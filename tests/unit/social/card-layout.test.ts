import { describe, expect, test } from 'vitest';
import { socialImageLayout } from '@/social/card-image';
import { CARD_PADDING, cardAlt, fitHeadline, wrapLines, type MeasureText, type SocialCard } from '@/social/card-layout';

const card: SocialCard = {
  kicker: 'A question from the interview',
  headline: 'What is it?',
  authors: 'Ada Lovelace and Grace Hopper',
  siteName: 'Example',
};

/** Every character half the type's size wide: easy to count lines by hand. */
const monospaced: MeasureText = (text, type) => ({ width: (text.length * type.size) / 2, ascent: type.size, descent: type.size / 4 });

describe('wrapLines', () => {
  test.each([
    ['fits on one line', 'one two', 70, ['one two']],
    ['breaks between words', 'one two three', 70, ['one two', 'three']],
    ['gives a word wider than a line a line of its own', 'a extraordinarily b', 70, ['a', 'extraordinarily', 'b']],
    ['ignores runs of spaces', '  one   two  ', 70, ['one two']],
  ])('%s', (_, text, width, lines) => {
    expect(wrapLines(text, { weight: 400, size: 20 }, width, monospaced)).toEqual(lines);
  });
});

describe('fitHeadline', () => {
  test('gives a short question larger type than a long title', () => {
    const short = fitHeadline('What is IS-K?', 1056, monospaced);
    const long = fitHeadline('What is ISIS-K? Two terrorism experts on the group behind the deadly Kabul airport attack and its rivalry with the Taliban', 1056, monospaced);
    expect(short.fontSize).toBeGreaterThan(long.fontSize);
    expect(long.text).not.toContain('…');
    expect(long.lines.join(' ')).toBe(long.text);
  });

  test('keeps type large enough to read as a thumbnail, cutting a very long headline at a word', () => {
    const endless = 'word '.repeat(200).trim();
    const fitted = fitHeadline(endless, 1056, monospaced);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(48);
    expect(fitted.text).toMatch(/^word( word)+…$/);
    expect(fitted.text.length).toBeLessThan(endless.length / 2);
    expect(fitted.lines.join(' ')).toBe(fitted.text);
  });
});

test('the alternative text says everything the card shows', () => {
  const alt = cardAlt(card);
  for (const text of Object.values(card)) expect(alt).toContain(text);
});

test.each([
  ['a short question', 'What is IS-K?'],
  ['a long title', 'What is ISIS-K? Two terrorism experts on the group behind the deadly Kabul airport attack and its rivalry with the Taliban'],
  ['an endless headline', 'word '.repeat(200).trim()],
])('%s, measured in the card’s fonts, stays inside the card’s margins and above the authors', async (_, headline) => {
  const layout = await socialImageLayout({ ...card, headline });
  const { texts } = layout;
  expect(texts.filter((text) => text.part === 'authors').map((text) => text.text)).toEqual([card.authors]);
  for (const text of texts) {
    expect(text.x, text.text).toBeGreaterThanOrEqual(CARD_PADDING);
    expect(text.x + text.width, text.text).toBeLessThanOrEqual(layout.width - CARD_PADDING + 0.5);
    expect(text.baseline, text.text).toBeLessThanOrEqual(layout.height - CARD_PADDING);
  }
  const headlines = texts.filter((text) => text.part === 'headline');
  expect(headlines.length).toBeGreaterThan(0);
  const footerRule = layout.rules.at(-1)!;
  const kicker = texts.find((text) => text.part === 'kicker')!;
  expect(kicker.baseline).toBeLessThan(headlines[0]!.top);
  // The lowest descender of the headline clears the rule over the authors.
  const lowest = headlines.at(-1)!;
  expect(lowest.baseline + lowest.type.size * 0.3).toBeLessThan(footerRule.y);
  expect(footerRule.y + footerRule.height).toBeLessThan(Math.min(...texts.filter((text) => ['authors', 'site name'].includes(text.part)).map((text) => text.top)));
});
