import { trimAtWord } from '@/content/answer-start';
import { SOCIAL_IMAGE } from './meta-tags';

/** What one social image says: a question or a title, who wrote it, and where it is published. */
export interface SocialCard {
  /** A short line above the headline: what kind of text this is. */
  kicker: string;
  headline: string;
  authors: string;
  siteName: string;
}

export const CARD_PADDING = 72;
/** Headline sizes from largest to smallest: a short question gets the largest that fits. */
const HEADLINE_SIZES = [96, 84, 72, 62, 54] as const;
const LINE_HEIGHT = 1.18;
/** Room for the headline once the kicker, authors and site name have theirs. */
const HEADLINE_HEIGHT = 300;
/** A serif's average glyph is about half its size wide; a little more, so estimates err towards fitting. */
const AVERAGE_GLYPH_WIDTH = 0.52;

function linesNeeded(text: string, fontSize: number, width: number): number {
  const perLine = Math.floor(width / (fontSize * AVERAGE_GLYPH_WIDTH));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed > perLine && used > 0) {
      lines += 1;
      used = word.length;
    } else used = needed;
  }
  return lines;
}

/**
 * The headline's type size and text: the largest size at which it fits the card, so it stays
 * readable as a thumbnail; cut at a word, with an ellipsis, if it fits at none.
 */
export function fitHeadline(text: string): { fontSize: number; text: string } {
  const width = SOCIAL_IMAGE.width - 2 * CARD_PADDING;
  const maxLinesAt = (size: number) => Math.floor(HEADLINE_HEIGHT / (size * LINE_HEIGHT));
  const size = HEADLINE_SIZES.find((candidate) => linesNeeded(text, candidate, width) <= maxLinesAt(candidate));
  if (size) return { fontSize: size, text };
  const smallest = HEADLINE_SIZES.at(-1)!;
  let cut = text;
  while (linesNeeded(cut, smallest, width) > maxLinesAt(smallest)) cut = trimAtWord(cut.replace(/…$/, ''), cut.length - 2);
  return { fontSize: smallest, text: cut };
}

/** Satori's element shape, the same as React's, without needing React. */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardElement | (string | CardElement)[] };
}

type Children = NonNullable<CardElement['props']['children']>;

const el = (type: string, style: Record<string, string | number>, children: Children): CardElement => ({
  type,
  props: { style, children },
});

/** The card's colours, the site's own: every pixel of a card is the paper, one of the inks, or a blend of the two. */
export const CARD_COLOURS = { paper: '#fdfcf8', ink: '#1f1d1a', accent: '#8a3320', muted: '#5b5650' } as const;
const { paper: PAPER, ink: INK, accent: ACCENT, muted: MUTED } = CARD_COLOURS;

/** The card's layout, in the site's colours: kicker and headline at the top, authors and site name at the foot. */
export function cardLayout(card: SocialCard): CardElement {
  const headline = fitHeadline(card.headline);
  return el(
    'div',
    {
      width: SOCIAL_IMAGE.width,
      height: SOCIAL_IMAGE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: CARD_PADDING,
      backgroundColor: PAPER,
      color: INK,
      borderTop: `16px solid ${ACCENT}`,
      fontFamily: 'Source Serif 4',
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', width: '100%' }, [
        el('div', { fontSize: 30, fontWeight: 600, color: ACCENT, marginBottom: 20 }, card.kicker),
        el('div', { fontSize: headline.fontSize, fontWeight: 700, lineHeight: LINE_HEIGHT }, headline.text),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', width: '100%', fontSize: 32, borderTop: `2px solid ${INK}`, paddingTop: 20 }, [
        el('div', { fontWeight: 600 }, card.authors),
        el('div', { color: MUTED }, card.siteName),
      ]),
    ],
  );
}

/** What the card says, as alternative text for the image. */
export function cardAlt(card: SocialCard): string {
  return `${card.kicker}: “${card.headline}”, by ${card.authors}. ${card.siteName}`;
}
