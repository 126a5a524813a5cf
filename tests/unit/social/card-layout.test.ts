import { describe, expect, test } from 'vitest';
import { socialImageLayout } from '@/social/card-image';
import { CARD_PADDING, cardAlt, cardLayout, fitHeadline, inkedRows, wrapLines, type MeasureText, type SocialCard } from '@/social/card-layout';

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

describe('inkedRows', () => {
  const layout = cardLayout(card, { width: 1200, height: 630 }, monospaced);

  test('covers every rule, and every line of text from well above its baseline to below its descenders', () => {
    const rows = inkedRows(layout);
    const inked = (top: number, bottom: number) => rows.some((span) => span.top <= top && bottom <= span.bottom);
    for (const rule of layout.rules) expect(inked(rule.y, rule.y + rule.height), `rule at ${rule.y}`).toBe(true);
    for (const text of layout.texts) expect(inked(text.baseline - text.type.size, text.baseline + text.type.size / 4), text.text).toBe(true);
  });

  test('merges rows that touch, in order, inside the card, leaving bare paper out', () => {
    const rows = inkedRows(layout);
    rows.forEach((span, index) => {
      expect(span.top).toBeLessThan(span.bottom);
      if (index > 0) expect(span.top).toBeGreaterThan(rows[index - 1]!.bottom);
    });
    expect(rows[0]!.top).toBe(0);
    expect(rows.at(-1)!.bottom).toBeLessThanOrEqual(layout.height);
    expect(rows.reduce((sum, span) => sum + span.bottom - span.top, 0)).toBeLessThan(layout.height * 0.8);
  });

  test('clamps a line painted past the card\'s edge to the card', () => {
    const off = { ...layout, texts: [{ ...layout.texts[0]!, baseline: layout.height + 5 }], rules: [] };
    expect(inkedRows(off)).toEqual([{ top: Math.floor(layout.height + 5 - 1.3 * off.texts[0]!.type.size), bottom: layout.height }]);
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
