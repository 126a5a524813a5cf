import { describe, expect, test } from 'vitest';
import { cardAlt, fitHeadline, type SocialCard } from '../../src/lib/social-card';
import { socialImage } from '../../src/lib/social-image';

const card: SocialCard = {
  kicker: 'A question from the interview',
  headline: 'What is it?',
  authors: 'A. Author and B. Author',
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

test('renders a 1200×630 PNG', async () => {
  const png = await socialImage(card);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
